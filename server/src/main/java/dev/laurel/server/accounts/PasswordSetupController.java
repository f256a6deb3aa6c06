package dev.laurel.server.accounts;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page behind a set-password link: choose a password, then log in. */
@Controller
class PasswordSetupController {

    private final PasswordSetup setup;
    private final PasswordRules rules;

    PasswordSetupController(PasswordSetup setup, PasswordRules rules) {
        this.setup = setup;
        this.rules = rules;
    }

    @GetMapping("/accounts/set-password")
    String form(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", setup.valid(token).isPresent());
        return "accounts/set-password";
    }

    @PostMapping("/accounts/set-password")
    String set(
            @RequestParam String token, @RequestParam String password, @RequestParam String confirmation, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", true);
        Optional<PasswordRules.Problem> problem = rules.problem(password);
        if (problem.isPresent()) {
            model.addAttribute("error", problem.get().messageCode());
            return "accounts/set-password";
        }
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "signup.confirmation.mismatch");
            return "accounts/set-password";
        }
        if (setup.use(token, password).isEmpty()) {
            model.addAttribute("valid", false);
            return "accounts/set-password";
        }
        return "redirect:/login?passwordSet";
    }
}
