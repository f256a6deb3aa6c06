package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.platform.Problem;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The renewal form with evidence, {@code POST /renewal-evidence/CREDENTIAL}: a servlet of its own, as the bulk upload
 * is, so that its multipart limit ({@value Evidence#MAX_BYTES} bytes a file, counted by the container as the body
 * streams in, chunked bodies included) is not the application's 5 MB one. Behind the same security filters as every
 * page (login, CSRF); it asks through {@link EarnerRenewals}, then redirects to the renewal page with the outcome.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceUpload {

    static final String PATH = "/renewal-evidence/";

    /** Why an evidence form was refused, as the page's {@code error} parameter says it. */
    enum Failure {
        TOO_LARGE,
        TYPE,
        LINK,
        MISSING,
        NOT_OFFERED,
        ALREADY_REQUESTED,
        UNREADABLE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Failure parse(String key) {
            for (Failure failure : values()) {
                if (failure.key().equals(key)) {
                    return failure;
                }
            }
            return null;
        }

        static Failure of(Problem refused) {
            if (refused.is(LifecycleError.ALREADY_REQUESTED)) {
                return ALREADY_REQUESTED;
            }
            if (refused.is(LifecycleError.EVIDENCE_INVALID)) {
                Failure failure = parse(String.valueOf(refused.properties().get("evidence")));
                return failure == null ? MISSING : failure;
            }
            return NOT_OFFERED;
        }
    }

    @Bean
    ServletRegistrationBean<UploadServlet> renewalEvidenceServlet(EarnerRenewals renewals) {
        ServletRegistrationBean<UploadServlet> registration =
                new ServletRegistrationBean<>(new UploadServlet(renewals), PATH + "*");
        registration.setMultipartConfig(
                new MultipartConfigElement("", Evidence.MAX_BYTES, Evidence.MAX_BYTES + 64 * 1024, 1024 * 1024));
        registration.setLoadOnStartup(1);
        return registration;
    }

    static final class UploadServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient EarnerRenewals renewals;

        UploadServlet(EarnerRenewals renewals) {
            this.renewals = renewals;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            UUID credentialId;
            try {
                credentialId = UUID.fromString(request.getPathInfo().substring(1));
            } catch (RuntimeException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof LaurelUser user)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Optional<IssuedCredential> credential = renewals.yours(new CredentialId(credentialId), user.accountId());
            if (credential.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String page = request.getContextPath() + RenewalPage.path(credentialId);
            Part file;
            String url;
            try {
                file = request.getPart("file");
                url = request.getParameter("evidenceUrl");
            } catch (IllegalStateException | IOException | jakarta.servlet.ServletException e) {
                redirect(response, page + "?error=" + (tooLarge(e) ? Failure.TOO_LARGE : Failure.UNREADABLE).key());
                return;
            }
            try {
                Evidence evidence;
                if (file != null && file.getSize() > 0) {
                    try (InputStream in = file.getInputStream()) {
                        evidence = Evidence.file(name(file), in).withLink(url);
                    } finally {
                        file.delete();
                    }
                } else {
                    evidence = url == null || url.isBlank() ? null : Evidence.link(url);
                }
                RenewalRequest asked = renewals.ask(credential.get(), user.accountId(), evidence);
                redirect(response, page + "?sent=" + asked.status().key());
            } catch (Problem refused) {
                redirect(response, page + "?error=" + Failure.of(refused).key());
            }
        }

        private static void redirect(HttpServletResponse response, String location) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", location);
        }

        private static boolean tooLarge(Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String name = cause.getClass().getSimpleName();
                if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                    return true;
                }
            }
            return false;
        }

        private static String name(Part file) {
            String name = file.getSubmittedFileName();
            if (name == null || name.isBlank()) {
                return "evidence";
            }
            return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        }
    }
}
