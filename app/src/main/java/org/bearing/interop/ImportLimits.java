package org.bearing.interop;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an import may cost: the largest file accepted ({@code bearing.import.max-bytes}, larger files are refused
 * with 413), the most a compressed container may expand to ({@code bearing.import.max-expanded-bytes}) and the
 * smallest compressed/expanded ratio an entry may have (a zip bomb's is far below 1 %), and the longest a file may
 * take to parse ({@code bearing.import.time-limit}).
 */
@Component
public class ImportLimits {
    /** 50 MiB, 512 MiB expanded, 0.5 % ratio, 30 s: well above real schedules (a 10,000-task MSPDI file is ~20 MB). */
    public static final ImportLimits DEFAULT = new ImportLimits(50L << 20, 512L << 20, 0.005, Duration.ofSeconds(30));

    private final long maxBytes;
    private final long maxExpandedBytes;
    private final double minInflateRatio;
    private final Duration timeLimit;

    public ImportLimits(long maxBytes, long maxExpandedBytes, double minInflateRatio, Duration timeLimit) {
        this.maxBytes = maxBytes;
        this.maxExpandedBytes = maxExpandedBytes;
        this.minInflateRatio = minInflateRatio;
        this.timeLimit = timeLimit;
    }

    @org.springframework.beans.factory.annotation.Autowired
    ImportLimits(@Value("${bearing.import.max-bytes:52428800}") long maxBytes,
                 @Value("${bearing.import.max-expanded-bytes:536870912}") long maxExpandedBytes,
                 @Value("${bearing.import.time-limit:30s}") Duration timeLimit) {
        this(maxBytes, maxExpandedBytes, DEFAULT.minInflateRatio, timeLimit);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxExpandedBytes() {
        return maxExpandedBytes;
    }

    public double minInflateRatio() {
        return minInflateRatio;
    }

    public Duration timeLimit() {
        return timeLimit;
    }
}
