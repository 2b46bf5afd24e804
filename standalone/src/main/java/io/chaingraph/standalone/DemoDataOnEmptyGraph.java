package io.chaingraph.standalone;

import io.chaingraph.api.system.SchemaOnStart;
import io.chaingraph.loader.GraphLoader;
import io.chaingraph.model.cypher.CypherCatalog;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped data set into an empty graph while the service starts, so the first request already has
 * something to answer; a graph that holds anything is left alone ({@code chaingraph.demo.load-if-empty}).
 */
@Component
@ConditionalOnBooleanProperty(name = "chaingraph.demo.load-if-empty", matchIfMissing = true)
public class DemoDataOnEmptyGraph implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DemoDataOnEmptyGraph.class);

	private final Driver driver;

	/** Taken so the schema is in place before the load. */
	public DemoDataOnEmptyGraph(Driver driver, SchemaOnStart schema) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		boolean empty;
		try (var session = this.driver.session()) {
			empty = session.run(CypherCatalog.standard().query("system/graph-is-empty")).single().get("empty").asBoolean();
		}
		if (empty) {
			log.info("The graph is empty: loading the shipped data set (图为空，正在导入内置数据)");
			log.info("\n{}", new GraphLoader(this.driver).loadShipped(false).render());
		}
	}

}
