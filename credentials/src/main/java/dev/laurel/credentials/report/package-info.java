/**
 * What a verification reports: checks by stable id, each passed, failed, warning or skipped, and why by stable reason
 * code.
 */
package dev.laurel.credentials.report;
