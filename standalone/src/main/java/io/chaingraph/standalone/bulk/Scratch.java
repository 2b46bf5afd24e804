package io.chaingraph.standalone.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A first load's scratch folder beside the store ({@code <store>.import-…}), so that moving the imported database in
 * is a rename: the importer's CSV files and its new store, about a gigabyte at a million firms. Its load holds a lock
 * on a file in it; a folder whose lock nobody holds belongs to a load that was killed (SIGKILL, power cut) before it
 * could remove it, and the next first load beside the same store removes it and says so.
 */
final class Scratch implements AutoCloseable {

	private static final String LOCK = "in-use.lock";

	private final Path folder;

	private final FileChannel channel;

	private final FileLock lock;

	private boolean closed;

	private Scratch(Path folder, FileChannel channel, FileLock lock) {
		this.folder = folder;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Removes the scratch folders of stopped loads beside the store, then makes and locks a new one.
	 * @param err told which folders were removed (null: nobody)
	 */
	static Scratch create(Path store, PrintStream err) {
		try {
			var at = store.toAbsolutePath().normalize();
			var parent = Files.createDirectories(at.getParent());
			var prefix = at.getFileName() + ".import-";
			try (var siblings = Files.newDirectoryStream(parent, prefix + "*")) {
				for (var sibling : siblings) {
					if (Files.isDirectory(sibling) && abandoned(sibling)) {
						BulkImporter.deleteRecursively(sibling);
						if (err != null) {
							err.println("Removed " + sibling + ", the scratch folder of an earlier first load that was"
									+ " stopped (已删除上次中断的导入留下的临时文件夹)");
						}
					}
				}
			}
			var folder = Files.createTempDirectory(parent, prefix);
			var channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			return new Scratch(folder, channel, channel.lock());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a scratch folder next to " + store, ex);
		}
	}

	/** Whether a first load beside the store is running: a scratch folder of the store whose lock its load holds. */
	static boolean inUseBeside(Path store) {
		var at = store.toAbsolutePath().normalize();
		if (!Files.isDirectory(at.getParent())) {
			return false;
		}
		try (var siblings = Files.newDirectoryStream(at.getParent(), at.getFileName() + ".import-*")) {
			for (var sibling : siblings) {
				if (Files.isDirectory(sibling) && Files.exists(sibling.resolve(LOCK)) && !abandoned(sibling)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			return false; // a folder removed while listed: its load ended
		}
	}

	/** Whether no running load holds the folder: its lock is free (or it has none, as an older version's). */
	private static boolean abandoned(Path folder) throws IOException {
		var file = folder.resolve(LOCK);
		if (!Files.exists(file)) {
			return true;
		}
		try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			var lock = channel.tryLock();
			if (lock == null) {
				return false;
			}
			lock.release();
			return true;
		}
		catch (OverlappingFileLockException ex) {
			return false; // a load in this JVM holds it
		}
	}

	Path folder() {
		return this.folder;
	}

	/** Releases the lock and removes the folder; again is nothing (the load's end and a stop may both call it). */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the folder goes all the same
		}
		// A stop's hook runs while the importer's threads still write into the folder: a directory listed empty gains
		// a file before its delete (DirectoryNotEmptyException), and the folder stayed. Tried again a few times.
		for (int attempt = 1;; attempt++) {
			try {
				BulkImporter.deleteRecursively(this.folder);
				return;
			}
			catch (java.io.UncheckedIOException ex) {
				if (attempt == DELETE_ATTEMPTS) {
					throw ex;
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private static final int DELETE_ATTEMPTS = 20;

}
