package be.ibefe.avis.bassin;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A {@link LigneDuBassin} that also keeps who created it and when (columns {@code cree_par}, {@code cree_le}). */
@MappedSuperclass
public abstract class LigneCreeeDuBassin extends LigneDuBassin {

    @Column(name = "cree_par")
    private String creePar;

    @Column(name = "cree_le")
    private Instant creeLe;

    protected LigneCreeeDuBassin() {
    }

    protected LigneCreeeDuBassin(String bassin, String creePar, Instant creeLe) {
        super(bassin);
        this.creePar = creePar;
        this.creeLe = creeLe;
    }

    public String getCreePar() {
        return creePar;
    }

    public Instant getCreeLe() {
        return creeLe;
    }
}
