/**
 * The launcher's subcommands ({@code scripts/coopevents run|evaluate|...}): option parsing,
 * checks that stop a bad command line before any work with one clear line, starting the
 * pipeline, publishing the output and printing the run summary.
 */
package org.coopevents.cli;
