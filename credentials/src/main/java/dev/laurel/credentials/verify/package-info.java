/** The verification pipeline: every check by a stable id, in a report; bad input is a failed check, never an exception. */
package dev.laurel.credentials.verify;
