package io.chaingraph.api.graphql;

import graphql.ErrorClassification;

/**
 * The codes a client finds in {@code errors[].extensions.code}, each with a default message in English and Chinese.
 */
public enum ErrorCode implements ErrorClassification {

	/** The thing asked for does not exist. */
	NOT_FOUND("Not found (未找到)"),
	/** An argument is malformed or out of range. */
	BAD_INPUT("Invalid input (输入有误)"),
	/** A change was asked without a valid API token (or with a wrong one). */
	UNAUTHENTICATED("A valid API token is required (需要有效的 API 令牌)"),
	/** The token is valid but may not do this, or the deployment is read-only. */
	FORBIDDEN("Not allowed (无权执行此操作)"),
	/**
	 * A change given the revision of the thing as its client read it ({@code expectedRevision}) found it changed since:
	 * nothing was written; the message says by whom and when.
	 */
	CONFLICT("Changed by someone else since it was read (已被他人修改)"),
	/** The request is larger than the service allows (depth, complexity, aliases, page size, text length). */
	LIMIT_EXCEEDED("Request exceeds a limit (超出查询限制)"),
	/**
	 * The graph database cannot be reached, or did not answer in time; or (a change) a newer ChainGraph has migrated
	 * the graph and this older one does not write to it: another try reaches an upgraded replica.
	 */
	UNAVAILABLE("The graph database is unavailable, try again shortly (图数据库暂时不可用，请稍后重试)"),
	/**
	 * A request carrying a persisted query's hash without its text: the service keeps no queries. Apollo's persisted
	 * query link reads this code and sends the text.
	 */
	PERSISTED_QUERY_NOT_SUPPORTED("Persisted queries are not supported (不支持持久化查询)"),
	/** Anything unexpected; the message carries an id to find it in the log. */
	INTERNAL("Internal error (服务内部错误)");

	private final String defaultMessage;

	ErrorCode(String defaultMessage) {
		this.defaultMessage = defaultMessage;
	}

	public String defaultMessage() {
		return this.defaultMessage;
	}

}
