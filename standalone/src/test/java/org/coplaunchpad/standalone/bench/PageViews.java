package org.coplaunchpad.standalone.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coplaunchpad.standalone.site.SiteContext;
import org.coplaunchpad.standalone.testing.Browserless;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Views of two pages through HTTP, as a browser makes them: the HTML, then every stylesheet, script and image it
 * names (a cold cache; the page's scripts send no request of their own before the page is usable: checklist.js posts
 * only when a member answers, decision.js and plan.js only rewrite form actions). Each client asks for both pages in
 * turn, so that whatever else the machine does weighs on both alike.
 */
final class PageViews {
    /** One view: the HTML's time alone (what a warm cache pays), and with its subresources (a cold cache). */
    record View(double htmlMs, double fullMs, int requests) {
    }

    /** Every view of one page, at one number of clients. */
    record Sample(List<View> views) {
        double html(int percentile) {
            return percentile(views.stream().map(View::htmlMs).toList(), percentile);
        }

        double full(int percentile) {
            return percentile(views.stream().map(View::fullMs).toList(), percentile);
        }

        int requests() {
            return views.get(0).requests();
        }
    }

    record Pair(Sample page, Sample sibling) {
    }

    private PageViews() {
    }

    /** {@code sessions.size()} clients at once, each viewing page then sibling {@code perClient} times. */
    static Pair measure(List<Browserless> sessions, String page, String sibling, int perClient) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<View[]>>> futures = new ArrayList<>();
            for (Browserless session : sessions) {
                futures.add(clients.submit(() -> {
                    List<View[]> views = new ArrayList<>();
                    for (int i = 0; i < perClient; i++) {
                        // Alternating which goes first, so neither always follows the other's garbage.
                        boolean pageFirst = i % 2 == 0;
                        View first = view(session, pageFirst ? page : sibling);
                        View second = view(session, pageFirst ? sibling : page);
                        views.add(pageFirst ? new View[] {first, second} : new View[] {second, first});
                    }
                    return views;
                }));
            }
            List<View> pageViews = new ArrayList<>();
            List<View> siblingViews = new ArrayList<>();
            for (Future<List<View[]>> future : futures) {
                for (View[] pair : future.get()) {
                    pageViews.add(pair[0]);
                    siblingViews.add(pair[1]);
                }
            }
            return new Pair(new Sample(pageViews), new Sample(siblingViews));
        } finally {
            clients.shutdown();
        }
    }

    static View view(Browserless session, String path) {
        long start = System.nanoTime();
        HttpResponse<String> html = get(session, path);
        long htmlDone = System.nanoTime();
        Set<String> resources = subresources(html.body());
        for (String resource : resources) {
            get(session, resource);
        }
        long end = System.nanoTime();
        return new View((htmlDone - start) / 1e6, (end - start) / 1e6, 1 + resources.size());
    }

    /** What a browser fetches for the page: stylesheets, scripts and images, each once, as context-relative paths. */
    static Set<String> subresources(String html) {
        Document document = Jsoup.parse(html);
        Set<String> urls = new LinkedHashSet<>();
        document.select("link[rel=stylesheet][href]").forEach(e -> urls.add(e.attr("href")));
        document.select("script[src]").forEach(e -> urls.add(e.attr("src")));
        document.select("img[src]").forEach(e -> urls.add(e.attr("src")));
        Set<String> relative = new LinkedHashSet<>();
        for (String url : urls) {
            // Browserless resolves against the context root; the page names resources with the context path.
            relative.add(url.startsWith(SiteContext.CONTEXT_PATH) ? url.substring(SiteContext.CONTEXT_PATH.length()) : url);
        }
        return relative;
    }

    private static HttpResponse<String> get(Browserless session, String path) {
        HttpResponse<String> response = session.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    static double percentile(List<Double> times, int percent) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
