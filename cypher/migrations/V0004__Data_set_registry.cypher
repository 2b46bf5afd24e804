// V0004: one node per loaded data set (已导入数据集登记), keyed by the data set's id.

CREATE CONSTRAINT data_set_id IF NOT EXISTS
FOR (d:DataSet) REQUIRE d.id IS UNIQUE;
