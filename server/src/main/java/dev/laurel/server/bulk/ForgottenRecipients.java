package dev.laurel.server.bulk;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases an earner who deleted their account from the bulk jobs that issued to them, in the deletion's transaction:
 * their rows keep their place and outcome but lose address, name, narrative, evidence and metadata, and a recipient
 * key made of the address becomes one made of the credential's id (or, for a row that issued nothing, of its job and
 * row) — still unique, naming nobody. Rows that issued nothing are found by the addresses the earner proved their own,
 * when no job will issue them (invalid, skipped, failed, cancelled); rows a job has still to issue are left to it.
 */
@Component
class ForgottenRecipients {

    private final JdbcClient jdbc;

    ForgottenRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(RecipientForgotten event) {
        String[] ids = event.credentialIds().stream().map(Object::toString).toArray(String[]::new);
        jdbc.sql("""
                        update bulk_rows set email = null, name = null, narrative = null, evidence = '{}',
                            metadata = '{}', original = null,
                            row_key = case when row_key like 'email:%' then 'forgotten:' || credential_id
                                           else row_key end
                        where credential_id = any(cast(:ids as uuid[]))
                        """).param("ids", ids).update();
        jdbc.sql("""
                        update bulk_issued set row_key = 'forgotten:' || credential_id
                        where credential_id = any(cast(:ids as uuid[])) and row_key like 'email:%'
                        """).param("ids", ids).update();
    }

    @EventListener
    void on(AccountErased event) {
        jdbc.sql("""
                        update bulk_rows set email = null, name = null, narrative = null, evidence = '{}',
                            metadata = '{}', original = null,
                            row_key = case when row_key like 'email:%' then 'forgotten:' || job_id || ':' || row_no
                                           else row_key end
                        where credential_id is null and lower(email) = any(:addresses)
                            and (not valid or state in ('skipped', 'failed', 'cancelled'))
                        """)
                .param("addresses", event.addresses().toArray(String[]::new))
                .update();
    }
}
