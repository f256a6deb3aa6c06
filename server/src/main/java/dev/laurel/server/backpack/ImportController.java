package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: a file (baked PNG or SVG, JSON, JWT) or a URL. A refused import answers 422 with the reason and,
 * when the credential was verified, the same checks {@code /verify} shows.
 */
@Controller
class ImportController {

    private final Imports imports;
    private final MessageSource messages;

    ImportController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/backpack/import")
    String form() {
        return "backpack/import";
    }

    @PostMapping("/backpack/import/file")
    String file(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes flash) {
        byte[] bytes;
        try {
            bytes = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcome(
                imports.file(user.accountId(), file == null ? null : file.getOriginalFilename(), bytes),
                model,
                locale,
                response,
                flash);
    }

    @PostMapping("/backpack/import/url")
    String url(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String url,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes flash) {
        model.addAttribute("url", url);
        return outcome(imports.url(user.accountId(), url), model, locale, response, flash);
    }

    private String outcome(
            Imports.Outcome outcome,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes flash) {
        return switch (outcome) {
            case Imports.Outcome.Imported imported -> {
                if (imported.issuedToEarner()) {
                    flash.addFlashAttribute("flash", messages.getMessage("import.done", null, locale));
                } else {
                    flash.addFlashAttribute(
                            "flashError", messages.getMessage("import.done.notIssuedToYou", null, locale));
                }
                yield "redirect:/backpack/items/" + imported.itemId();
            }
            case Imports.Outcome.Refused refused -> {
                response.setStatus(422);
                model.addAttribute("problem", refused.problem().code());
                model.addAttribute(
                        "problemMessage", messages.getMessage(refused.problem().code(), null, locale));
                model.addAttribute("detail", refused.detail());
                model.addAttribute("report", refused.report());
                yield "backpack/import";
            }
        };
    }
}
