package dev.laurel.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up, login and email verification pages. A new account is logged in at once and sent a verification link. */
@Controller
class SignupController {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final EmailVerification verification;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final SessionLogin sessions;
    private final PasswordRules rules;

    SignupController(
            Accounts accounts,
            PasswordEncoder passwords,
            EmailVerification verification,
            TransactionTemplate transactions,
            MessageSource messages,
            SessionLogin sessions,
            PasswordRules rules) {
        this.rules = rules;
        this.messages = messages;
        this.sessions = sessions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.verification = verification;
        this.transactions = transactions;
    }

    @GetMapping("/signup")
    String signupForm(@RequestParam(name = "continue", required = false) String continueTo, Model model) {
        model.addAttribute("form", SignupForm.empty(continueTo));
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignupForm form,
            BindingResult errors,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!errors.hasFieldErrors("password")) {
            rules.problem(form.password()).ifPresent(problem -> errors.rejectValue("password", problem.messageCode()));
        }
        if (!form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "signup.confirmation.mismatch");
        }
        if (!errors.hasFieldErrors("email")
                && accounts.findByEmail(form.email()).isPresent()) {
            errors.rejectValue("email", "signup.email.taken");
        }
        if (errors.hasErrors()) {
            return "accounts/signup";
        }
        Account account;
        try {
            account = transactions.execute(status -> {
                Account created =
                        accounts.add(form.email(), form.name(), passwords.encode(form.password()), false, false);
                verification.send(created, locale);
                return created;
            });
        } catch (DuplicateKeyException raced) {
            errors.rejectValue("email", "signup.email.taken");
            return "accounts/signup";
        }
        logIn(account.email(), request, response);
        return "redirect:" + LocalRedirect.orElse(form.continueTo(), "/dashboard");
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "continue", required = false) String continueTo, Model model) {
        model.addAttribute("continueTo", LocalRedirect.orElse(continueTo, null));
        return "accounts/login";
    }

    @GetMapping("/accounts/verify-email")
    String verifyEmail(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("outcome", verification.verify(token).name());
        return "accounts/verified";
    }

    @PostMapping("/accounts/resend-verification")
    String resend(@AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        accounts.find(user.accountId())
                .filter(account -> !account.emailVerified())
                .ifPresent(account -> transactions.executeWithoutResult(status -> verification.send(account, locale)));
        flash.addFlashAttribute("flash", messages.getMessage("verify.resent", null, locale));
        return "redirect:/dashboard";
    }

    private void logIn(String email, HttpServletRequest request, HttpServletResponse response) {
        sessions.logIn(accounts.user(email).orElseThrow(), request, response);
    }
}
