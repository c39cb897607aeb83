"""The Thai tokenizer works without network access, and screening stays fast."""

import os
import statistics
import subprocess
import sys
import time

import pytest

from portal.snippets.prescreen import screen

OFFLINE_PROBE = """
import socket

def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")

socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from pythainlp.corpus.common import thai_words
from pythainlp.tokenize import word_tokenize

print("|".join(word_tokenize("ถนนหน้าบ้านน้ำท่วม", engine="newmm")), len(thai_words()))
"""


def test_newmm_needs_no_download_and_no_network(tmp_path):
    # An empty data directory: anything newmm had to download would have to go there.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHAINLP_")}
    env["PYTHAINLP_DATA"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-c", OFFLINE_PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ถนน|หน้าบ้าน|น้ำท่วม ")
    assert list(tmp_path.iterdir()) == []


PARAGRAPH = (
    "ถนนคอนกรีตสายหลักของหมู่ที่ 4 ชำรุดเป็นหลุมเป็นบ่อมาตั้งแต่ฤดูฝนปีที่แล้ว "
    "เวลาฝนตกน้ำท่วมขังสูงจนรถจักรยานยนต์ล้มหลายครั้ง ผู้สูงอายุที่ต้องไปรับเบี้ยยังชีพ "
    "ที่ที่ทำการ อบต. ต้องเดินอ้อมไปทางตลาด ขอให้บรรจุโครงการซ่อมถนนและวางท่อระบายน้ำ "
    "ไว้ในแผนพัฒนาท้องถิ่นปีหน้า และจัดรถเก็บขยะให้มาตรงเวลาเพราะขยะล้นถังหน้าตลาดสด "
)


@pytest.mark.django_db
def test_a_two_thousand_character_text_takes_a_few_milliseconds():
    text = (PARAGRAPH * 8)[:2000] + " พรรคพวก สัสดี"  # innocent near-misses force segmentation
    screen(text)  # loads the dictionary and compiles the list
    timings = []
    for _ in range(20):
        start = time.perf_counter()
        screen(text)
        timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    print(f"\nscreen() of 2,000 characters: median {median:.1f} ms")
    # A few ms on a quiet machine (see bench/prescreen.py); generous here for shared CI cores.
    assert median < 50
