/**
 * The badge designer: artwork drawn from a shape, colours, lettering and a bundled icon or a logo, as a clean SVG and
 * the PNG rendered from it, and the designs an organization keeps as templates.
 */
package dev.laurel.server.issuing.artwork;
