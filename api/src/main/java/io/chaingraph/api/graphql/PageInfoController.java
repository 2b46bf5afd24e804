package io.chaingraph.api.graphql;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code PageInfo.hasPreviousPage}: lists page forward ({@code first}/{@code after}), so items come before a page
 * exactly when it was asked for after a cursor. Read from the list field's own argument (the field two steps up:
 * list → pageInfo → hasPreviousPage), so every connection answers it without carrying its arguments in its page.
 */
@Controller
public class PageInfoController {

	@SchemaMapping(typeName = "PageInfo")
	public boolean hasPreviousPage(DataFetchingEnvironment env) {
		var pageInfo = env.getExecutionStepInfo().getParent();
		var list = pageInfo == null ? null : pageInfo.getParent();
		return list != null && list.getArgument("after") != null;
	}

}
