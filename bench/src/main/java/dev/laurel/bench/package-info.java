/** JMH benchmarks of signing and verifying Open Badges 3.0 credentials, run by {@code bench/run}. */
package dev.laurel.bench;
