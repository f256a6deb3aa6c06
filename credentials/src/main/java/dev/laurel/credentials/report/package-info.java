/** What a verification reports: checks by stable id, each passed, failed, warning or skipped. */
package dev.laurel.credentials.report;
