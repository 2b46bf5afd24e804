package io.chaingraph.api.graphql;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.SessionConfig;

import org.springframework.stereotype.Component;

/**
 * The session settings of every read and write the service sends to Neo4j, sharing one bookmark manager: a read
 * begins only on a cluster member that has applied every write this service instance committed before it (Neo4j's
 * causal consistency).
 * <p>
 * Why: on one Neo4j server every read sees every committed write anyway, but in a Neo4j cluster or on Aura a read
 * session may go to any member that serves reads, and a secondary can be a few transactions behind. Without bookmarks
 * a curator who links a firm to a segment could get the mutation's own answer (its nested fields are read afresh)
 * or the next gap table without the link. The bookmarks cost nothing measurable on one server (see the README).
 */
@Component
public class GraphSessions {

	/**
	 * The request header that brings bookmarks a client got from a write (a mutation's {@code extensions.bookmarks}),
	 * so that a read through any replica sees that write.
	 */
	public static final String HEADER = "ChainGraph-Bookmarks";

	/** The most bookmarks a request may bring: one per database a client wrote to is all it needs. */
	static final int MOST = 16;

	/** The longest bookmark taken (Neo4j's are about 40 characters). */
	static final int LONGEST = 1_000;

	private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

	private final SessionConfig read = SessionConfig.builder()
		.withDefaultAccessMode(AccessMode.READ)
		.withBookmarkManager(this.bookmarks)
		.build();

	private final SessionConfig write = SessionConfig.builder()
		.withDefaultAccessMode(AccessMode.WRITE)
		.withBookmarkManager(this.bookmarks)
		.build();

	/** For reads: routed to any member that serves reads, once it has this instance's earlier writes. */
	public SessionConfig read() {
		return this.read;
	}

	/** For writes: routed to the leader; the write's bookmark is kept for the reads after it. */
	public SessionConfig write() {
		return this.write;
	}

	/** The bookmarks reads wait for: the newest this instance has seen (one per session that ended at once). */
	public BookmarkManager bookmarks() {
		return this.bookmarks;
	}

	/** The bookmarks as a client passes them on: their values. */
	public List<String> values() {
		return this.bookmarks.getBookmarks().stream().map(Bookmark::value).sorted().toList();
	}

	/**
	 * For one read that also waits for bookmarks a client brings (written through another replica); its bookmark, as
	 * new as theirs and this instance's, goes to the manager like any read's.
	 */
	SessionConfig readAfter(Collection<String> values) {
		return SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarkManager(this.bookmarks)
			.withBookmarks(values.stream().map(Bookmark::from).collect(Collectors.toSet()))
			.build();
	}

	/**
	 * The bookmarks of a {@value #HEADER} header (its values, each a comma-separated list), blanks dropped.
	 * @throws ApiException BAD_INPUT for more than {@value #MOST} or one longer than {@value #LONGEST} characters
	 */
	public static List<String> fromHeader(List<String> headerValues) {
		if (headerValues == null || headerValues.isEmpty()) {
			return List.of();
		}
		var values = headerValues.stream()
			.flatMap(v -> Arrays.stream(v.split(",")))
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.distinct()
			.toList();
		if (values.size() > MOST) {
			throw ApiException.badInput(HEADER + ": " + values.size() + " bookmarks, at most " + MOST + " are taken "
					+ "(书签过多：只需最近一次写入返回的书签)");
		}
		for (var value : values) {
			if (value.length() > LONGEST) {
				throw ApiException.badInput(HEADER + ": a bookmark of " + value.length() + " characters, at most " + LONGEST
						+ " are taken (书签过长)");
			}
		}
		return values;
	}

}
