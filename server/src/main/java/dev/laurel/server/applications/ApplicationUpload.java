package dev.laurel.server.applications;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.platform.Problem;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application forms with evidence files, {@code POST /application-evidence/apply/BADGE} and {@code
 * /application-evidence/resubmit/APPLICATION}: a servlet of its own, as the renewal evidence is, so that its multipart
 * limit ({@value EvidenceForm#MAX_FILES} files of {@value EvidenceForm#MAX_FILE_BYTES} bytes, counted by the container
 * as the body streams in) is not the application's 5 MB one. Behind the same security filters as every page (login,
 * CSRF); redirects to the application's page, or back to the form with the refusal.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationUpload {

    static final String PATH = "/application-evidence/";

    @Bean
    ServletRegistrationBean<UploadServlet> applicationEvidenceServlet(Applying applying) {
        ServletRegistrationBean<UploadServlet> registration =
                new ServletRegistrationBean<>(new UploadServlet(applying), PATH + "*");
        long file = EvidenceForm.MAX_FILE_BYTES;
        registration.setMultipartConfig(
                new MultipartConfigElement("", file, file * EvidenceForm.MAX_FILES + 256 * 1024, 1024 * 1024));
        registration.setLoadOnStartup(1);
        return registration;
    }

    static final class UploadServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Applying applying;

        UploadServlet(Applying applying) {
            this.applying = applying;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String[] path = request.getPathInfo() == null
                    ? new String[0]
                    : request.getPathInfo().split("/");
            UUID id;
            try {
                id = UUID.fromString(path[2]);
            } catch (RuntimeException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            boolean resubmit = path[1].equals("resubmit");
            if (!resubmit && !path[1].equals("apply")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !(authentication.getPrincipal() instanceof LaurelUser user)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            String form = request.getContextPath()
                    + (resubmit ? ApplyPage.applicationPath(id) : ApplyPage.applyPath(new BadgeId(id)));
            try {
                Rubric rubric = resubmit
                        ? applying.yours(new ApplicationId(id), user)
                                .map(applying::rubric)
                                .orElseThrow(() -> ApplicationError.WRONG_STATE.problem("not yours"))
                        : applying.open(new BadgeId(id))
                                .map(open -> open.opening().rubric())
                                .orElseThrow(() -> ApplicationError.NOT_OPEN.problem("not open"));
                EvidenceForm evidence = read(request, rubric);
                Application application = resubmit
                        ? applying.resubmit(new ApplicationId(id), user, evidence)
                        : applying.apply(new BadgeId(id), user, evidence);
                redirect(
                        response,
                        request.getContextPath()
                                + ApplyPage.applicationPath(application.id().value()) + "?sent="
                                + application.version());
            } catch (Problem refused) {
                redirect(response, form + "?error=" + URLEncoder.encode(refused.detail(), StandardCharsets.UTF_8));
            } catch (IllegalStateException | ServletException e) {
                redirect(
                        response,
                        form + "?error="
                                + URLEncoder.encode(
                                        tooLarge(e)
                                                ? "Each evidence file is at most 20 MB."
                                                : "The form could not be read.",
                                        StandardCharsets.UTF_8));
            }
        }

        private static EvidenceForm read(HttpServletRequest request, Rubric rubric)
                throws IOException, ServletException {
            List<Applications.NewFile> files = new ArrayList<>();
            for (Part part : request.getParts()) {
                if (part.getName().equals("files") && part.getSize() > 0) {
                    try (InputStream in = part.getInputStream()) {
                        files.add(EvidenceForm.file(name(part), in));
                    } finally {
                        part.delete();
                    }
                }
            }
            Map<String, String> answers = new HashMap<>();
            for (Rubric.Criterion criterion : rubric.criteria()) {
                String answer = request.getParameter("answer." + criterion.id());
                if (answer != null) {
                    answers.put(criterion.id(), answer);
                }
            }
            return EvidenceForm.of(
                    request.getParameter("statement"), answers, request.getParameter("urls"), files, rubric);
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
