package dev.laurel.server.bulk;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Actor;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bulk page's upload, {@code POST /bulk-uploads/ORG/BADGE}: a servlet of its own so that its multipart limit
 * ({@code laurel.bulk.max-upload-size}, streamed to disk and counted by the container, chunked bodies included) is
 * not the application's 5 MB one, which the
 * verification page relies on. Tomcat applies the servlet's own {@link MultipartConfigElement}, also when the CSRF
 * filter reads the token from the body. Behind the same security filters as every page (session, CSRF); it checks the
 * issuer role through {@link BulkJobs#check}, then redirects to the job's dry-run report. A body over the limit fails
 * to parse, so its CSRF token is not read and it is refused with 403 (or the connection is closed while it uploads).
 */
@Configuration(proxyBeanMethods = false)
class BulkUpload {

    static final String PATH = "/bulk-uploads/";
    private static final int TEMPLATE_LIMIT = 4000;

    @Bean
    ServletRegistrationBean<UploadServlet> bulkUploadServlet(BulkJobs jobs) {
        ServletRegistrationBean<UploadServlet> registration =
                new ServletRegistrationBean<>(new UploadServlet(jobs), PATH + "*");
        long max = jobs.maxUploadBytes();
        registration.setMultipartConfig(new MultipartConfigElement("", max, max + 64 * 1024, 1024 * 1024));
        registration.setLoadOnStartup(1);
        return registration;
    }

    static final class UploadServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient BulkJobs jobs;

        UploadServlet(BulkJobs jobs) {
            this.jobs = jobs;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String[] ids = request.getPathInfo() == null
                    ? new String[0]
                    : request.getPathInfo().substring(1).split("/");
            UUID organizationId;
            UUID badgeId;
            try {
                organizationId = UUID.fromString(ids[0]);
                badgeId = UUID.fromString(ids[1]);
            } catch (RuntimeException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String page = request.getContextPath() + BulkPage.path(organizationId, badgeId);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof LaurelUser user)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            Part file;
            String template;
            try {
                file = request.getPart("file");
                template = request.getParameter("template");
            } catch (IllegalStateException | IOException | jakarta.servlet.ServletException e) {
                response.sendRedirect(page + "?error=" + (tooLarge(e) ? "too-large" : "unreadable"));
                return;
            }
            if (file == null || file.getSize() == 0) {
                response.sendRedirect(page + "?error=empty");
                return;
            }
            if (template != null && (template.isBlank() || template.length() > TEMPLATE_LIMIT)) {
                template = template.isBlank() ? null : template.substring(0, TEMPLATE_LIMIT);
            }
            BulkJob job;
            try (InputStream in = file.getInputStream()) {
                job = jobs.check(
                                organizationId,
                                badgeId,
                                in,
                                BulkJobs.Format.CSV,
                                name(file),
                                template,
                                new Actor.Member(user),
                                null)
                        .job();
            } catch (AccessDeniedException e) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            } finally {
                file.delete();
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", page + "/" + job.id());
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
                return "upload.csv";
            }
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            return name.length() > 200 ? name.substring(0, 200) : name;
        }
    }
}
