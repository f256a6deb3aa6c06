package dev.laurel.server.presentations;

import dev.laurel.server.platform.QrCodes;
import dev.laurel.server.verification.ReportModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Verify from a wallet", for the person verifying: {@code POST /verify/wallet} opens a request and sends the browser
 * to its page, whose URL holds the request's secret; the page shows the QR code and the {@code openid4vp://} link
 * (same device), and polls its outcome (htmx, every two seconds) until the wallet has answered, the request expired,
 * or it was refused; the answer is the report {@code /verify} shows. Works whatever device the wallet is on: the
 * wallet talks to the response URI, the page reads the database.
 */
@Controller
class WalletPage {

    private final WalletRequests requests;
    private final AuthorizationRequest authorization;
    private final ReportModel reports;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration lifetime;

    WalletPage(
            WalletRequests requests,
            AuthorizationRequest authorization,
            ReportModel reports,
            MessageSource messages,
            Clock clock,
            @Value("${laurel.presentations.request-lifetime:PT5M}") Duration lifetime) {
        this.requests = requests;
        this.authorization = authorization;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @PostMapping("/verify/wallet")
    String open() {
        return "redirect:/verify/wallet/"
                + requests.open(clock.instant(), lifetime).transaction();
    }

    @GetMapping("/verify/wallet/{transaction}")
    ModelAndView page(@PathVariable String transaction, Locale locale) {
        return view("presentations/wallet", transaction, locale);
    }

    @GetMapping("/verify/wallet/{transaction}/outcome")
    ModelAndView outcome(@PathVariable String transaction, Locale locale) {
        return view("presentations/wallet :: outcome", transaction, locale);
    }

    @GetMapping(path = "/verify/wallet/{transaction}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<byte[]> qr(@PathVariable String transaction) {
        return requests.byTransaction(transaction)
                .map(request -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("image/svg+xml"))
                        .cacheControl(CacheControl.noStore())
                        .body(QrCodes.svg(authorization.link(request.requestId()))))
                .orElse(ResponseEntity.notFound().build());
    }

    private ModelAndView view(String name, String transaction, Locale locale) {
        ModelAndView view = new ModelAndView(name);
        Optional<PresentationRequest> found = requests.byTransaction(transaction);
        if (found.isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
            view.addObject("state", "unknown");
            return view;
        }
        PresentationRequest request = found.get();
        Instant now = clock.instant();
        view.addObject("transaction", transaction);
        view.addObject("link", authorization.link(request.requestId()));
        view.addObject("expiresAt", request.expiresAt());
        view.addObject(
                "minutes",
                Math.max(1, (Duration.between(now, request.expiresAt()).toSeconds() + 59) / 60));
        if (request.outcome() != null) {
            Outcome outcome = Outcome.read(request.outcome());
            view.addObject("state", state(outcome));
            describe(view, outcome, locale);
        } else if (request.expired(now)) {
            // also a response taken but never checked (its node stopped): the page stops waiting when the request ends
            view.addObject("state", "expired");
        } else if (request.answeredAt() != null) {
            view.addObject("state", "checking");
        } else {
            view.addObject("state", "waiting");
        }
        return view;
    }

    /** The outcome as plain model values (the template reads no package-private type). */
    private void describe(ModelAndView view, Outcome outcome, Locale locale) {
        switch (outcome) {
            case Outcome.Declined declined -> {
                view.addObject("walletError", declined.error());
                view.addObject("walletErrorDescription", declined.description() == null ? "" : declined.description());
            }
            case Outcome.Malformed malformed -> view.addObject("why", malformed.description());
            case Outcome.Presented presented -> {
                view.addObject("accepted", presented.accepted());
                view.addObject("openBadge", presented.openBadge());
                view.addObject("binding", presented.binding().code());
                view.addObject("bindingSubject", subject(presented.binding()));
                view.addObject("presentationChecks", presented.presentation().checks());
                if (presented.credential() != null) {
                    String source =
                            messages.getMessage("presentations.source", new Object[] {presented.format()}, locale);
                    view.addAllObjects(reports.of(presented.credential(), source, locale));
                }
            }
        }
    }

    private static String subject(HolderBinding binding) {
        return switch (binding) {
            case HolderBinding.Bound bound -> bound.subject();
            case HolderBinding.OtherKey other -> other.subject();
            case HolderBinding.Unbound unbound -> unbound.subject() == null ? "—" : unbound.subject();
            case HolderBinding.Unproven unproven -> "";
        };
    }

    private static String state(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Declined declined -> "declined";
            case Outcome.Malformed malformed -> "malformed";
            case Outcome.Presented presented -> "presented";
        };
    }
}
