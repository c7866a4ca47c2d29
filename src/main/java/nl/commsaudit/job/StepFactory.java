package nl.commsaudit.job;

import javax.sql.DataSource;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import java.util.function.Supplier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job's steps the same way: chunked, in the real transaction manager (Spring Batch 6 falls
 * back to a no-op one when it is not given), with progress logging and the per-step totals.
 */
final class StepFactory {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final int chunkSize;
    private final StepTotals totals;
    private final DataSource dataSource;

    StepFactory(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
            StepTotals totals, DataSource dataSource) {
        this.jobRepository = jobRepository;
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.chunkSize = chunkSize;
        this.totals = totals;
    }

    <I, O> Step chunk(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer,
            StepListener... listeners) {
        return chunk(name, false, reader, processor, writer, listeners);
    }

    /**
     * A chunked step that runs again, whole, whenever its run is restarted, also when it completed
     * before; its listeners must make sure it starts from scratch (Spring Batch hands an interrupted
     * execution's context to the next one).
     */
    <I, O> Step chunkRedoneOnRestart(String name, ItemReader<I> reader, ItemProcessor<I, O> processor,
            ItemWriter<O> writer, StepListener... listeners) {
        return chunk(name, true, reader, processor, writer, listeners);
    }

    private <I, O> Step chunk(String name, boolean redoneOnRestart, ItemReader<I> reader, ItemProcessor<I, O> processor,
            ItemWriter<O> writer, StepListener... listeners) {
        ChunkOrientedStepBuilder<I, O> builder = new StepBuilder(name, jobRepository)
                .<I, O>chunk(chunkSize)
                .allowStartIfComplete(redoneOnRestart)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new ProgressLogger())
                .listener(totals);
        for (StepListener listener : listeners) {
            builder.listener(listener);
        }
        ChunkListener<Object, Object> hangAtEnd = HangPoint.atEnd(name, chunkSize);
        if (hangAtEnd != null) {
            builder.listener(hangAtEnd);
        }
        return builder.build();
    }

    /**
     * A restartable reader over a query of the staging tables; the statement's parameters are set when
     * the step opens it (the run id is known only then). The query must have a stable ORDER BY.
     */
    <T> JdbcCursorItemReader<T> cursor(String name, String sql, PreparedStatementSetter parameters, RowMapper<T> mapper) {
        return new JdbcCursorItemReaderBuilder<T>()
                .name(name)
                .dataSource(dataSource)
                .sql(sql)
                .preparedStatementSetter(parameters)
                .fetchSize(chunkSize)
                // PostgreSQL streams a result set only outside auto-commit; otherwise it loads all rows at once
                .connectionAutoCommit(false)
                .rowMapper(mapper)
                .build();
    }

    /** As {@link #cursor(String, String, PreparedStatementSetter, RowMapper)}, with named parameters ({@code :run_id}). */
    <T> JdbcCursorItemReader<T> cursor(String name, String namedSql, Supplier<MapSqlParameterSource> parameters,
            RowMapper<T> mapper) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(namedSql);
        return cursor(name, NamedParameterUtils.parseSqlStatementIntoString(namedSql), ps -> {
            Object[] values = NamedParameterUtils.buildValueArray(parsed, parameters.get(), null);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        }, mapper);
    }

    /** What a partition's step name adds to the name of its step: {@code audit-reviews-partition:sellers0}. */
    private static final String PARTITION = "-partition";

    /** Whether a step execution is a partition of the step {@code name}. */
    static boolean isPartitionOf(String stepName, String name) {
        return stepName.startsWith(name + PARTITION + ":");
    }

    /** Whether a step execution is a partition of a partitioned step. */
    static boolean isPartition(String stepName) {
        return stepName.contains(PARTITION + ":");
    }

    /**
     * A step partitioned by seller (Spring Batch local partitioning): the run's sellers are split into
     * one range per core, and each range is worked on by its own step, built by {@code worker} from the
     * partition's name and range, on its own thread and in its own transactions. The partitions' rows
     * read add up in this step; findings are counted under {@code name}.
     */
    Step partitioned(String name, org.springframework.batch.core.partition.Partitioner partitioner,
            java.util.function.BiFunction<String, SellerRange, Step> worker) {
        Step partition = new Step() {
            @Override
            public String getName() {
                return name + PARTITION;
            }

            @Override
            public void execute(org.springframework.batch.core.step.StepExecution execution)
                    throws org.springframework.batch.core.job.JobInterruptedException {
                worker.apply(execution.getStepName(), SellerRange.of(execution.getExecutionContext())).execute(execution);
            }
        };
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(Parallel.THREADS);
        return new StepBuilder(name, jobRepository)
                .partitioner(partition.getName(), partitioner)
                .step(partition)
                .gridSize(Parallel.THREADS)
                .taskExecutor(executor)
                .listener(totals)
                .build();
    }

    Step tasklet(String name, Tasklet tasklet) {
        return tasklet(name, false, tasklet);
    }

    /** A tasklet step that runs on every start of its run, a restart too, also when it completed before. */
    Step taskletOnEveryStart(String name, Tasklet tasklet) {
        return tasklet(name, true, tasklet);
    }

    private Step tasklet(String name, boolean onEveryStart, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .allowStartIfComplete(onEveryStart)
                .listener(totals)
                .build();
    }
}
