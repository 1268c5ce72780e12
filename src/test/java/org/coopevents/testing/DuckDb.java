package org.coopevents.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's Parquet tables back with DuckDB, as analysts do. */
public final class DuckDb implements AutoCloseable {
  private final Connection conn;
  private final Path out;

  public DuckDb(Path out) throws SQLException {
    this.conn = DriverManager.getConnection("jdbc:duckdb:");
    this.out = out;
  }

  public String table(String name) {
    return "read_parquet('" + out.resolve(name) + "/*.parquet')";
  }

  /** Column name → DuckDB type of a table, in order. */
  public Map<String, String> columns(String name) throws SQLException {
    Map<String, String> cols = new LinkedHashMap<>();
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + table(name))) {
      while (r.next()) cols.put(r.getString(1), r.getString(2));
    }
    return cols;
  }

  public long count(String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The rows of a query, each as its columns' string values joined by " | ". */
  public List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          if (i > 1) b.append(" | ");
          b.append(r.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
