package io.chaingraph.model.schema;

/** A migration cannot be applied, or an applied one no longer matches its file. */
public class MigrationException extends RuntimeException {

	public MigrationException(String message) {
		super(message);
	}

	public MigrationException(String message, Throwable cause) {
		super(message, cause);
	}

}
