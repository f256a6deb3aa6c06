package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The earner's credits ledger ({@link CreditsLedger}): a page, and the same as CSV, one row per credential counted. */
@Controller
class CreditsController {

    private final Backpack backpack;
    private final CreditsLedger ledger;

    CreditsController(Backpack backpack, CreditsLedger ledger) {
        this.backpack = backpack;
        this.ledger = ledger;
    }

    @GetMapping("/backpack/credits")
    String show(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("cycles", ledger.of(backpack.entries(user.accountId())));
        return "backpack/credits";
    }

    @GetMapping("/backpack/credits.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal LaurelUser user) {
        List<CreditsLedger.Cycle> cycles = ledger.of(backpack.entries(user.accountId()));
        StringBuilder csv = new StringBuilder(
                "organization,renews,cycle_from,cycle_until,needed,earned_total,badge,issuer,issued_at,credits,imported\r\n");
        for (CreditsLedger.Cycle cycle : cycles) {
            String head = String.join(
                    ",",
                    cell(cycle.organization()),
                    cell(cycle.badge()),
                    cycle.from().toString(),
                    cycle.until().toString(),
                    cycle.needed().toPlainString(),
                    cycle.earned().toPlainString());
            if (cycle.lines().isEmpty()) {
                csv.append(head).append(",,,,,\r\n");
            }
            for (CreditsLedger.Line line : cycle.lines()) {
                csv.append(head)
                        .append(',')
                        .append(String.join(
                                ",",
                                cell(line.badge()),
                                cell(line.issuer()),
                                line.issuedAt().toString(),
                                line.credits().toPlainString(),
                                String.valueOf(line.imported())))
                        .append("\r\n");
            }
        }
        return ItemController.attachment(
                csv.toString().getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv; charset=utf-8"),
                "laurel-credits.csv");
    }

    /** A CSV field (RFC 4180), with a leading formula character neutralised for spreadsheets. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
