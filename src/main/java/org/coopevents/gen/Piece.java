package org.coopevents.gen;

/** A headline and a body as an outlet would publish them. */
record Piece(String title, String body) {}
