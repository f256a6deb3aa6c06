package dev.laurel.server.certificates;

/** A sealed certificate PDF and the level its seal reached. */
record SealedPdf(byte[] bytes, SealLevel level) {}
