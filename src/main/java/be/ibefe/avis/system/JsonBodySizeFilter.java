package be.ibefe.avis.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies larger than {@code avis.api.taille-max-json} with 413. Multipart uploads have their own limits
 * (spring.servlet.multipart).
 */
@Component
public class JsonBodySizeFilter extends OncePerRequestFilter {

    private final long limite;
    private final Problemes problemes;

    public JsonBodySizeFilter(@Value("${avis.api.taille-max-json}") DataSize limite, Problemes problemes) {
        this.limite = limite.toBytes();
        this.problemes = problemes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (contentType != null && contentType.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limite) {
            problemes.ecrire(response, HttpStatus.PAYLOAD_TOO_LARGE,
                    new CorpsTropVolumineuxException(limite).getMessage(), request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limite), response);
    }

    /** Counts what is read when no Content-Length was announced (chunked bodies). */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limite;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limite) {
            super(request);
            this.limite = limite;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limite);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limite;
        private long lus;

        LimitedInputStream(ServletInputStream delegate, long limite) {
            this.delegate = delegate;
            this.limite = limite;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                compter(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                compter(n);
            }
            return n;
        }

        private void compter(int n) throws CorpsTropVolumineuxException {
            lus += n;
            if (lus > limite) {
                throw new CorpsTropVolumineuxException(limite);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
