"""Provision every LAO of the DLA registry, then serve an LAO home page at 1 and at 7,849 sites.

1. A fresh PostgreSQL database; the central site and one LAO (the "probe", given 20 child pages
   in its menu and a paragraph with 20 internal links, the patterns that make stock Wagtail
   scan every Site).
2. gunicorn serves it; the probe's home page is measured over HTTP: median and p95 of
   sequential requests, and throughput with concurrent clients.
3. Every other LAO of the registry is provisioned with ``import_authorities`` (as an operator
   would), timing each slice of 500 to show whether the cost per LAO grows.
4. The same HTTP measurement again, with 7,849 sites; the ratio of the two is reported.
"""

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PROBE = "6810104"  # อบต.อ่าวนาง
PORT = 8765
DOMAIN = "bench.ruamkhit.test"


def setup_env(database_url):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=database_url,
        SECRET_KEY="bench-" + "q8Zr3xLm7Pw2Ks9Dv4Nc6Hb1Tf5Gy0Uj" * 2,
        PORTAL_ID_HASH_KEY="bench-id-hash-" + "Vt7Lw2Qp9Rz4Xk8M" * 2,
        ALLOWED_HOSTS=f"{DOMAIN},.{DOMAIN}",
        PORTAL_DOMAIN=DOMAIN,
        PORTAL_PORT="80",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="ERROR",
    )
    sys.path.insert(0, str(ROOT))


def recreate_database(database_url):
    url = urlparse(database_url)
    name = url.path.lstrip("/")
    admin = database_url.replace(f"/{name}", "/postgres")
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True)


def seed_probe():
    import django

    django.setup()
    from django.db import transaction

    from portal.pages.models import StandardPage
    from portal.tenancy.provisioning import provision, provision_central_site, register
    from portal.tenancy.registry import find_in_registry

    provision_central_site()
    authority, _ = register(find_in_registry(PROBE), name_en="Ao Nang", slug="ao-nang-sao")
    with transaction.atomic():
        authority = provision(authority).authority
        home = authority.home_page.specific
        links = []
        for n in range(1, 21):
            child = StandardPage(title=f"หน้าที่ {n}", slug=f"page-{n}", show_in_menus=True, intro="ข้อมูล")
            home.add_child(instance=child)
            child.save_revision().publish()
            links.append(f'<a linktype="page" id="{child.id}">หน้าที่ {n}</a>')
        home.body = [("paragraph", "<p>" + " ".join(links) + "</p>")]
        home.save_revision().publish()
    return authority.site.hostname


class Server:
    def __init__(self, workers=2):
        env = dict(os.environ)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "portal.wsgi", "-w", str(workers), "-b", f"127.0.0.1:{PORT}",
             "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "error"],
            cwd=ROOT, env=env,
        )
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("HEAD", "/", headers={"Host": DOMAIN})
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def get(conn, host):
    conn.request("GET", "/", headers={"Host": host, "X-Forwarded-Proto": "https"})
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{host}: HTTP {response.status}")
    return body


def measure(host, requests=600, warmup=50, concurrency=4, seconds=15):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    cold_start = time.perf_counter()
    get(conn, host)
    cold = (time.perf_counter() - cold_start) * 1000
    for _ in range(warmup):
        get(conn, host)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        get(conn, host)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    done = [0] * concurrency
    stop_at = time.perf_counter() + seconds

    def client(i):
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while time.perf_counter() < stop_at:
            get(c, host)
            done[i] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return {
        "first_request_ms": round(cold, 1),
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "requests_per_second": round(sum(done) / elapsed, 1),
    }


def count_sites():
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", "from wagtail.models import Site; print(Site.objects.count())"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def provision_all(slice_size):
    """Provision the whole registry (the bulk path ``import_authorities`` uses), timing each slice."""
    from django.db import transaction

    from portal.tenancy.bulk import provision_many
    from portal.tenancy.models import Authority
    from portal.tenancy.provisioning import register_many
    from portal.tenancy.registry import REGISTRY_PATH, read_registry

    with transaction.atomic():
        register_many(read_registry(REGISTRY_PATH))
    todo = list(Authority.objects.filter(site__isnull=True).order_by("dla_code"))
    slices = []
    total_start = time.perf_counter()
    for start in range(0, len(todo), slice_size):
        chunk = todo[start : start + slice_size]
        t = time.perf_counter()
        provision_many(chunk)
        seconds = time.perf_counter() - t
        slices.append({"from": start, "laos": len(chunk), "seconds": round(seconds, 1),
                       "ms_per_lao": round(seconds * 1000 / len(chunk), 1)})
        print(f"  LAOs {start + 1:>5}–{start + len(chunk):>5}: {seconds:6.1f} s, "
              f"{seconds * 1000 / len(chunk):6.1f} ms per LAO", flush=True)
    return round(time.perf_counter() - total_start, 1), slices


def http_phase(host):
    print(f"HTTP, {count_sites()} sites: GET http://{host}/", flush=True)
    server = Server()
    try:
        figures = measure(host)
    finally:
        server.stop()
    print("  ", figures, flush=True)
    return figures


def fresh_probe_database(database_url):
    recreate_database(database_url)
    manage("migrate", "--noinput", "-v0")
    return seed_probe()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ruamkhit_bench"))
    parser.add_argument("--slice", type=int, default=500)
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5"))
    parser.add_argument(
        "--http-only", action="store_true",
        help="keep the provisioned database; measure it, then a fresh one-site database beside it",
    )
    args = parser.parse_args()
    setup_env(args.database_url)
    if args.redis_url:
        os.environ["REDIS_URL"] = args.redis_url
        import redis

        redis.Redis.from_url(args.redis_url).flushdb()
    manage("collectstatic", "--noinput", "-v0")
    result = {"database": "PostgreSQL", "cache": "Redis" if args.redis_url else "local memory",
              "gunicorn_workers": 2}

    if args.http_only:
        host = f"ao-nang-sao.{DOMAIN}"
        result["all_sites"] = http_phase(host)
        result["sites"] = count_sites()
        one_url = args.database_url + "_one"
        setup_env(one_url)
        if args.redis_url:
            redis.Redis.from_url(args.redis_url).flushdb()
        fresh_probe_database(one_url)
        result["one_site"] = http_phase(host)
    else:
        host = fresh_probe_database(args.database_url)
        result["one_site"] = http_phase(host)
        print("Provisioning the registry:", flush=True)
        total, slices = provision_all(args.slice)
        result["provisioning"] = {"seconds": total, "slices": slices}
        result["sites"] = count_sites()
        print(f"  {result['sites']} sites in {total / 60:.1f} min", flush=True)
        result["all_sites"] = http_phase(host)

    result["probe"] = host
    result["p95_ratio"] = round(result["all_sites"]["p95_ms"] / result["one_site"]["p95_ms"], 3)
    result["median_ratio"] = round(result["all_sites"]["median_ms"] / result["one_site"]["median_ms"], 3)
    result["throughput_ratio"] = round(
        result["one_site"]["requests_per_second"] / result["all_sites"]["requests_per_second"], 3)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"sites_at_scale-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps({k: result[k] for k in ("median_ratio", "p95_ratio", "throughput_ratio")}))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
