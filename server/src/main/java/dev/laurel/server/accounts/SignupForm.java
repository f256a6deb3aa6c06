package dev.laurel.server.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the sign-up form asks for. */
record SignupForm(
        @NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.long}")
        String name,

        @NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254)
        String email,

        /** Checked by {@link PasswordRules}: length and the list of common passwords. */
        @NotBlank(message = "{signup.password.required}") String password,

        String confirmation,
        String continueTo) {

    /** The form with a name and address already known (each kept only when of an acceptable length). */
    static SignupForm prefilled(String name, String email, String continueTo) {
        return new SignupForm(fitting(name, 100), fitting(email, 254), "", "", continueTo);
    }

    private static String fitting(String value, int max) {
        return value == null || value.isBlank() || value.length() > max ? "" : value.strip();
    }
}
