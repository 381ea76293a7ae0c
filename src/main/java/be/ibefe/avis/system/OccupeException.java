package be.ibefe.avis.system;

/**
 * The server already does as much of this work as its memory allows, and the request waited its turn long enough:
 * answered 503 with {@code Retry-After}, so that the client tries again rather than the process run out of memory.
 */
public class OccupeException extends RuntimeException {

    private final long reessayerApresSecondes;

    public OccupeException(String message, long reessayerApresSecondes) {
        super(message);
        this.reessayerApresSecondes = reessayerApresSecondes;
    }

    public long reessayerApresSecondes() {
        return reessayerApresSecondes;
    }
}
