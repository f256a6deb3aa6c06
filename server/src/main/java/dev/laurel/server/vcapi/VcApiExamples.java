package dev.laurel.server.vcapi;

/** Example bodies of the VC-API operations, as the OpenAPI document shows them (docs/api/vc-api.md has the rest). */
final class VcApiExamples {

    private VcApiExamples() {}

    static final String TAG = "VC-API (W3C VCALM)";

    static final String ISSUE_REQUEST = """
            {"credential": {
               "@context": ["https://www.w3.org/ns/credentials/v2"],
               "id": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
               "type": ["VerifiableCredential"],
               "validFrom": "2026-01-01T00:00:00Z",
               "credentialSubject": {"id": "did:example:ada", "name": "Ada Lovelace"}},
             "options": {"mediaType": "application/vc", "cryptosuite": "eddsa-rdfc-2022"}}""";

    static final String ISSUED = """
            {"verifiableCredential": {
               "@context": ["https://www.w3.org/ns/credentials/v2"],
               "id": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
               "type": ["VerifiableCredential"],
               "validFrom": "2026-01-01T00:00:00Z",
               "credentialSubject": {"id": "did:example:ada", "name": "Ada Lovelace"},
               "issuer": "did:web:laurel.example:issuers:5b1d9f0e-8a4c-4d53-9e0b-3c1f6f7d2a10",
               "credentialStatus": [
                 {"id": "https://laurel.example/status/8c2e5a41-0d7b-4e0c-b1f4-2f8a9c3d6e57#90211",
                  "type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "90211",
                  "statusListCredential": "https://laurel.example/status/8c2e5a41-0d7b-4e0c-b1f4-2f8a9c3d6e57"}],
               "proof": {"type": "DataIntegrityProof", "created": "2026-11-22T13:00:00Z",
                 "verificationMethod": "did:web:laurel.example:issuers:5b1d9f0e-8a4c-4d53-9e0b-3c1f6f7d2a10#key-1",
                 "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod", "proofValue": "z5Lq…"}}}""";

    static final String STATUS_REQUEST = """
            {"credentialId": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
             "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "revocation"},
             "status": true}""";

    static final String STATUS_ANSWER = """
            {"credentialId": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
             "credentialStatus": {"id": "https://laurel.example/status/8c2e5a41-0d7b-4e0c-b1f4-2f8a9c3d6e57#90211",
               "type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "90211",
               "statusListCredential": "https://laurel.example/status/8c2e5a41-0d7b-4e0c-b1f4-2f8a9c3d6e57"},
             "status": true}""";

    static final String VERIFY_REQUEST = """
            {"verifiableCredential": {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
               "issuer": "did:web:laurel.example:issuers:5b1d9f0e-8a4c-4d53-9e0b-3c1f6f7d2a10", "…": "…",
               "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "…": "…"}},
             "options": {"returnResults": true}}""";

    static final String VERIFIED = """
            {"verified": true, "problemDetails": []}""";

    static final String NOT_VERIFIED = """
            {"verified": false,
             "problemDetails": [{
               "type": "https://www.w3.org/TR/vc-data-model-2.0#CRYPTOGRAPHIC_SECURITY_ERROR",
               "title": "CRYPTOGRAPHIC_SECURITY_ERROR",
               "detail": "proof: the signature does not match the credential: it was changed after signing, or signed with another key",
               "check": "proof",
               "reason": "proof.invalid"}]}""";

    static final String PRESENTATION_REQUEST = """
            {"verifiablePresentation": {"@context": ["https://www.w3.org/ns/credentials/v2"],
               "type": ["VerifiablePresentation"], "holder": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
               "verifiableCredential": [{"…": "…"}],
               "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "authentication",
                 "challenge": "urn:uuid:2222…", "domain": "verifier.example", "…": "…"}},
             "options": {"challenge": "urn:uuid:2222…", "domain": "verifier.example"}}""";

    static final String PROBLEM = """
            {"type": "https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED", "title": "UNKNOWN_OPTION_PROVIDED",
             "status": 400, "detail": "unknown option 'colour': this endpoint understands 'credentialId', 'mediaType', …", "code": "vc-api.unknown-option"}""";

    static final String UNAUTHENTICATED = """
            {"type": "https://laurel.dev/problems/vc-api/unauthenticated", "title": "Not authenticated", "status": 401,
             "detail": "send a valid, unrevoked API key, or an access token from /oauth2/token, as 'Authorization: Bearer …'",
             "code": "vc-api.unauthenticated"}""";
}
