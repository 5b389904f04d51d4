package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.dataset.DataFiles;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.catalog.TemporaryViewRelation;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.SubqueryAlias;
import org.apache.spark.sql.catalyst.plans.logical.View;
import org.apache.spark.sql.execution.datasources.FileIndex;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.sources.DataSourceRegister;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Where a table's rows come from, read from its analysed plan (no Spark job): files ("parquet: /data/x"),
 * a query, or rows held in memory; and the size of its input files when all its inputs are files.
 */
final class TableSources {

    static final String QUERY = "query";
    static final String IN_MEMORY = "in memory";
    private static final int MAX_PATHS_SHOWN = 3;

    private TableSources() {
    }

    /** {@code rawView}: the temporary view's catalog entry, when the table is one (it tells SQL views apart). */
    static String describe(Dataset<Row> table, TemporaryViewRelation rawView) {
        if (rawView != null && rawView.tableMeta().viewText().isDefined()) {
            // CREATE TEMP VIEW ... AS SELECT keeps its SQL text: a query, even when it reads one file.
            return QUERY;
        }
        LogicalPlan plan = unwrap(table.queryExecution().analyzed());
        if (plan instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation files) {
            return formatOf(files) + ": " + paths(files.location());
        }
        if (plan instanceof LocalRelation) {
            return IN_MEMORY;
        }
        // An import's view filters or adds a guard column over its file: still worth saying which file.
        List<LogicalPlan> leaves = CollectionConverters.asJava(plan.collectLeaves());
        if (!leaves.isEmpty() && leaves.stream().allMatch(l -> l instanceof LogicalRelation r && r.relation() instanceof HadoopFsRelation)) {
            HadoopFsRelation first = (HadoopFsRelation) ((LogicalRelation) leaves.get(0)).relation();
            boolean oneSource = leaves.stream().allMatch(l -> ((LogicalRelation) l).relation() instanceof HadoopFsRelation f
                    && f.location().rootPaths().equals(first.location().rootPaths()));
            if (oneSource) {
                return QUERY + " over " + formatOf(first) + ": " + paths(first.location());
            }
        }
        return QUERY;
    }

    /** The bytes of the input files, when every input of the plan is files; empty otherwise. */
    static OptionalLong bytesOnDisk(Dataset<Row> table) {
        List<LogicalPlan> leaves = CollectionConverters.asJava(table.queryExecution().analyzed().collectLeaves());
        Map<FileIndex, Boolean> seen = new IdentityHashMap<>();
        long total = 0;
        for (LogicalPlan leaf : leaves) {
            if (!(leaf instanceof LogicalRelation relation) || !(relation.relation() instanceof HadoopFsRelation files)) {
                return OptionalLong.empty();
            }
            if (seen.put(files.location(), Boolean.TRUE) == null) {
                OptionalLong bytes = sizeOf(files.location());
                if (bytes.isEmpty()) {
                    return OptionalLong.empty();
                }
                total += bytes.getAsLong();
            }
        }
        return leaves.isEmpty() ? OptionalLong.empty() : OptionalLong.of(total);
    }

    private static OptionalLong sizeOf(FileIndex index) {
        if (index instanceof PartitioningAwareFileIndex listed) {
            // The listing Spark made when the view was created: summing it reads no file.
            return OptionalLong.of(listed.sizeInBytes());
        }
        // A catalog table's index only has statistics (often none): list local folders ourselves.
        long total = 0;
        for (org.apache.hadoop.fs.Path root : CollectionConverters.asJava(index.rootPaths())) {
            java.net.URI uri = root.toUri();
            if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
                return OptionalLong.empty();
            }
            java.nio.file.Path local = Paths.get(uri.getPath());
            if (!Files.exists(local)) {
                return OptionalLong.empty();
            }
            total += Files.isDirectory(local) ? DataFiles.of(local).bytes() : local.toFile().length();
        }
        return OptionalLong.of(total);
    }

    /** Looks through aliases, views and plain column selections to the relation underneath. */
    private static LogicalPlan unwrap(LogicalPlan plan) {
        LogicalPlan current = plan;
        while (true) {
            if (current instanceof SubqueryAlias alias) {
                current = alias.child();
            } else if (current instanceof View view) {
                current = view.child();
            } else if (current instanceof Project project && onlyColumns(project)) {
                current = project.child();
            } else {
                return current;
            }
        }
    }

    private static boolean onlyColumns(Project project) {
        for (NamedExpression e : CollectionConverters.asJava(project.projectList())) {
            if (!(e instanceof Attribute)) {
                return false;
            }
        }
        return true;
    }

    private static String formatOf(HadoopFsRelation files) {
        return files.fileFormat() instanceof DataSourceRegister named ? named.shortName()
                : files.fileFormat().getClass().getSimpleName().replace("FileFormat", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String paths(FileIndex index) {
        List<String> shown = new ArrayList<>();
        List<org.apache.hadoop.fs.Path> roots = CollectionConverters.asJava(index.rootPaths());
        for (org.apache.hadoop.fs.Path root : roots.subList(0, Math.min(MAX_PATHS_SHOWN, roots.size()))) {
            java.net.URI uri = root.toUri();
            shown.add(uri.getScheme() == null || "file".equals(uri.getScheme()) ? uri.getPath() : root.toString());
        }
        String more = roots.size() > MAX_PATHS_SHOWN ? " and " + (roots.size() - MAX_PATHS_SHOWN) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
