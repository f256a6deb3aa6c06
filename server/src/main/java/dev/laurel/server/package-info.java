/** The Laurel platform: a Spring Boot application made of one Spring Modulith module per feature. */
package dev.laurel.server;
