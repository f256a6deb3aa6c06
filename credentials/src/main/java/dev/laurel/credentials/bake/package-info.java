/**
 * Baking and unbaking Open Badges 3.0 credentials and Open Badges 2.0 assertions into PNG and SVG images, splicing
 * the image bytes rather than re-encoding them.
 */
package dev.laurel.credentials.bake;
