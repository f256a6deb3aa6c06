package dev.laurel.server.credentialendorsements;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endorser's pages, no account needed: the mailed link shows the credentials and the form to sign, or to report
 * the request as unwanted; the withdrawal link mailed after signing withdraws what was signed.
 */
@Controller
class EndorserController {

    private final EndorserSigning endorsing;

    EndorserController(EndorserSigning endorsing) {
        this.endorsing = endorsing;
    }

    @GetMapping("/endorse/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return endorsing
                .open(token)
                .map(opened -> form(
                        opened,
                        token,
                        new EndorserSigning.Statement(opened.request().endorserName(), null, null, ""),
                        model))
                .orElseGet(() -> unusable(response));
    }

    @PostMapping("/endorse/{token}")
    String sign(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "") String comment,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        EndorserSigning.Opened opened = endorsing.open(token).orElse(null);
        if (opened == null) {
            return unusable(response);
        }
        EndorserSigning.Statement statement = new EndorserSigning.Statement(name, role, organization, comment);
        String problem = statement.problem();
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            return form(opened, token, statement, model);
        }
        if (!endorsing.sign(token, statement, locale)) {
            return unusable(response);
        }
        model.addAttribute(
                "earner",
                opened.credentials().isEmpty()
                        ? ""
                        : opened.credentials().getFirst().recipientName());
        return "credentialendorsements/signed";
    }

    @PostMapping("/endorse/{token}/unwanted")
    String unwanted(@PathVariable String token, HttpServletResponse response) {
        if (!endorsing.reportUnwanted(token)) {
            return unusable(response);
        }
        return "credentialendorsements/reported";
    }

    @GetMapping("/endorse/withdraw/{token}")
    String withdrawal(@PathVariable String token, Model model, HttpServletResponse response) {
        return withdrawalPage(token, endorsing.withdrawable(token), model, response);
    }

    @PostMapping("/endorse/withdraw/{token}")
    String withdraw(@PathVariable String token, Model model, HttpServletResponse response) {
        return withdrawalPage(token, endorsing.withdraw(token), model, response);
    }

    private static String withdrawalPage(
            String token, List<ReceivedEndorsements.Endorsement> given, Model model, HttpServletResponse response) {
        if (given.isEmpty()) {
            return unusable(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("given", given);
        model.addAttribute("withdrawn", given.stream().allMatch(ReceivedEndorsements.Endorsement::withdrawn));
        return "credentialendorsements/withdraw";
    }

    private static String form(
            EndorserSigning.Opened opened, String token, EndorserSigning.Statement statement, Model model) {
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        model.addAttribute("statement", statement);
        model.addAttribute("maxComment", EndorserSigning.Statement.MAX_COMMENT);
        return "credentialendorsements/endorse";
    }

    private static String unusable(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "credentialendorsements/unusable";
    }
}
