package io.chaingraph.model.schema;

import java.util.List;

/**
 * The graph was migrated by a newer ChainGraph, beyond the migrations this one knows: this one reads it but does not
 * write to it ({@link SchemaLevelGuard}), so as not to write data in a form the newer one has moved away from.
 */
public class NewerSchemaException extends MigrationException {

	private final int graphLevel;

	private final int knownLevel;

	NewerSchemaException(int graphLevel, int knownLevel, List<String> newer) {
		super("A newer ChainGraph has migrated this graph, or is migrating it, to schema level " + graphLevel + " ("
				+ String.join(", ", newer) + "); this one knows up to level " + knownLevel
				+ " and does not write to it, so as not to store data in an older form. Upgrade this service, or retry"
				+ " shortly on an upgraded one. Nothing was written. (图谱已由或正由更新版本的 ChainGraph 迁移到结构版本 " + graphLevel
				+ "，本服务只支持到 " + knownLevel + "，为免写入旧格式的数据，本服务不写入；请升级本服务，或稍后在已升级的实例上重试。未写入任何数据。)");
		this.graphLevel = graphLevel;
		this.knownLevel = knownLevel;
	}

	/** The graph's schema level: the highest migration applied to it, or announced by an instance applying it. */
	public int graphLevel() {
		return this.graphLevel;
	}

	/** The highest schema level this ChainGraph knows. */
	public int knownLevel() {
		return this.knownLevel;
	}

}
