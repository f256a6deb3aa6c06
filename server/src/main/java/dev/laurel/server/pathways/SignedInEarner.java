package dev.laurel.server.pathways;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.backpack.HeldImports;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The addresses of the logged-in earner, as pathways know them: their account's sign-in address and its confirmed
 * further addresses (the backpack's {@link HeldImports#holders}), or the sign-in address alone.
 */
@Component
class SignedInEarner {

    private final HeldImports imports;

    SignedInEarner(HeldImports imports) {
        this.imports = imports;
    }

    List<String> addresses(LaurelUser user) {
        String email = user.email().strip().toLowerCase(Locale.ROOT);
        HeldImports.Holder holder = imports.holders(List.of(email)).get(email);
        return holder == null || holder.addresses().isEmpty() ? List.of(email) : List.copyOf(holder.addresses());
    }
}
