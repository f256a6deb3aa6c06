package dev.laurel.server.pathways;

import dev.laurel.server.issuing.BadgeId;

/** What an issuer writes of a pathway, on its page or through the API; see {@link Pathway}. */
public record PathwayDraft(String name, String description, BadgeId goal, Step.Group steps, boolean requireCurrent) {}
