package dev.laurel.server.web;

/**
 * The order of every security filter chain, in one place: a request goes through the first chain whose paths match
 * it, so the chains with their own paths come first and the web chain, which takes every other request, last. Each
 * chain names its place here ({@code @Order(SecurityChains.EMBED)}); no two share one.
 */
public final class SecurityChains {

    /** {@code /oauth2/**}: the VC-API's authorization server, clients authenticated by API key ({@code vcapi}). */
    public static final int TOKEN_ENDPOINT = 0;

    /** {@code /api/**}: the management API, stateless, Bearer API keys ({@code apikeys}). */
    public static final int MACHINE_API = 1;

    /** {@code /vc-api/**}: stateless, Bearer API keys or access tokens ({@code vcapi}). */
    public static final int VC_API = 2;

    /** The OpenAPI document and Swagger UI: public, sessionless, Swagger's inline styles allowed ({@code api}). */
    public static final int API_DOCS = 3;

    /** {@code /embed/**}: the embeddable card, framed by any site, no script ({@code backpack}). */
    public static final int EMBED = 4;

    /** {@code /dev/mail/ID/html}: a mail's body in the development outbox, framed by its page ({@code notifications}). */
    public static final int DEV_MAIL_BODY = 5;

    /** {@code /ims/ob/v3p0/**}: the 1EdTech OB 3.0 API, stateless, earners' access tokens ({@code backpack}). */
    public static final int OB3_API = 6;

    /** Everything else: pages, form login, sessions, CSRF, every module's {@link PublicPaths} ({@code web}). */
    public static final int WEB = 7;

    private SecurityChains() {}
}
