package org.coopevents.cli;

/** A bad command line: the message says what is wrong and what is valid. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
