package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.LaurelUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    String show(
            @PathVariable String token,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            HttpServletResponse response) {
        return endorsing
                .open(token)
                .map(opened -> form(
                        opened,
                        token,
                        new EndorserSigning.Statement(opened.request().endorserName(), null, null, ""),
                        ownDid(opened, user),
                        true,
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
            @RequestParam(defaultValue = "platform") String signer,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        EndorserSigning.Opened opened = endorsing.open(token).orElse(null);
        if (opened == null) {
            return unusable(response);
        }
        EndorserSigning.Statement statement = new EndorserSigning.Statement(name, role, organization, comment);
        String ownDid = ownDid(opened, user);
        boolean ownKey = "own".equals(signer) && ownDid != null;
        String problem = statement.problem();
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            return form(opened, token, statement, ownDid, ownKey, model);
        }
        if (!endorsing.sign(token, statement, ownKey ? user.accountId() : null, locale)) {
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

    /** The DID the visitor may sign this request with, their own key's, or null. */
    private String ownDid(EndorserSigning.Opened opened, LaurelUser user) {
        return endorsing
                .ownDid(opened.request(), user == null ? null : user.accountId())
                .orElse(null);
    }

    private static String form(
            EndorserSigning.Opened opened,
            String token,
            EndorserSigning.Statement statement,
            String ownDid,
            boolean ownKey,
            Model model) {
        model.addAttribute("ownDid", ownDid);
        model.addAttribute("ownKey", ownKey && ownDid != null);
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
