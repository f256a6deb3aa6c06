package dev.laurel.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-up, login and email verification pages. Signing up answers the same page whether the address is new or already
 * has an account ({@link Signups}); the person then logs in with the password they chose.
 */
@Controller
class SignupController {

    private final Accounts accounts;
    private final EmailVerification verification;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final PasswordRules rules;
    private final Signups signups;

    SignupController(
            Accounts accounts,
            EmailVerification verification,
            TransactionTemplate transactions,
            MessageSource messages,
            PasswordRules rules,
            Signups signups) {
        this.accounts = accounts;
        this.verification = verification;
        this.transactions = transactions;
        this.messages = messages;
        this.rules = rules;
        this.signups = signups;
    }

    /** The form, its name and address filled in when the page linking here knows them (a claim page). */
    @GetMapping("/signup")
    String signupForm(
            @RequestParam(name = "continue", required = false) String continueTo,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String email,
            Model model) {
        model.addAttribute("form", SignupForm.prefilled(name, email, continueTo));
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
        if (errors.hasErrors()) {
            return "accounts/signup";
        }
        if (!signups.admit(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            errors.reject("signup.throttled");
            return "accounts/signup";
        }
        try {
            signups.signUp(form.email().strip(), form.name(), form.password(), locale);
        } catch (DuplicateKeyException raced) {
            // The same address signed up twice at once: the other sign-up made the account; answered alike.
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/signup/sent")
                        .queryParamIfPresent(
                                "continue", Optional.ofNullable(LocalRedirect.orElse(form.continueTo(), null)))
                        .encode()
                        .build()
                        .toUriString();
    }

    /** The same page whether the address was new or already had an account. */
    @GetMapping("/signup/sent")
    String sent(@RequestParam(name = "continue", required = false) String continueTo, Model model) {
        model.addAttribute("continueTo", LocalRedirect.orElse(continueTo, null));
        return "accounts/signup-sent";
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
}
