package io.chaingraph.api.graphql;

import org.neo4j.driver.AccessMode;
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

}
