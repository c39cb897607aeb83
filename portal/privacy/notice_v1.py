"""The first privacy notice, loaded by a data migration; later versions are edited in the admin."""

SUMMARY_TH = (
    "ร่วมคิดเก็บชื่อที่แสดง อีเมล และสถานะผู้มีภูมิลำเนาในพื้นที่ของคุณ เพื่อให้ประชาชนร่วมเสนอความคิดเห็น "
    "และลงคะแนนได้คนละหนึ่งเสียง ความคิดเห็นต่อเรื่องสาธารณะเป็นข้อมูลอ่อนไหว จึงขอความยินยอมโดยชัดแจ้ง "
    "เราไม่เก็บเลขประจำตัวประชาชนโดยตรง (เก็บเพียงค่าแฮชแบบมีกุญแจ) คุณดาวน์โหลดข้อมูลของคุณ "
    "และลบบัญชีได้ทุกเมื่อ"
)
SUMMARY_EN = (
    "Ruamkhit keeps your display name, e-mail and your standing as a local resident so that people "
    "can propose ideas and vote with one vote each. Opinions on public matters are sensitive data, so "
    "we ask for your explicit consent. We never keep your national ID number itself, only a keyed "
    "hash. You can download your data and erase your account at any time."
)
BODY_TH = """
<h2>ผู้ควบคุมข้อมูลส่วนบุคคล</h2>
<p>องค์กรปกครองส่วนท้องถิ่นที่จัดการรับฟังความคิดเห็นแต่ละเรื่อง ร่วมกับกรมส่งเสริมการปกครองท้องถิ่นซึ่งดูแลระบบ</p>
<h2>ข้อมูลที่เก็บและวัตถุประสงค์</h2>
<ul>
<li>บัญชีผู้ใช้: ชื่อที่แสดง อีเมล และข้อมูลจากผู้ให้บริการยืนยันตัวตน (LINE, ThaID) เพื่อให้คุณเข้าสู่ระบบได้</li>
<li>สถานะในพื้นที่: ผู้มีภูมิลำเนาในพื้นที่ (พร้อมหมู่บ้าน) หรือบุคคลภายนอกที่ยืนยันตัวตนแล้ว เพื่อให้ผู้มีสิทธิ์ลงคะแนนได้คนละหนึ่งเสียง</li>
<li>เลขประจำตัวประชาชน: ไม่เก็บตัวเลขจริง เก็บเพียงค่าแฮชแบบมีกุญแจ เพื่อป้องกันการมีหลายบัญชี</li>
<li>ความคิดเห็น ข้อเสนอ การสนับสนุน และการลงคะแนนของคุณ</li>
</ul>
<h2>ฐานทางกฎหมาย</h2>
<p>การรับฟังความคิดเห็นเป็นภารกิจเพื่อประโยชน์สาธารณะของท้องถิ่น (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 24 (4)) และความคิดเห็นทางการเมืองเป็นข้อมูลอ่อนไหว ซึ่งเราขอความยินยอมโดยชัดแจ้งจากคุณ (มาตรา 26) ผู้ที่อายุต่ำกว่า 20 ปีต้องได้รับความยินยอมจากผู้ปกครอง</p>
<h2>สิทธิของคุณ</h2>
<p>คุณขอดู ดาวน์โหลด แก้ไข และลบข้อมูลของคุณได้ (มาตรา 30–36) ที่หน้า “ข้อมูลของฉัน” การลบบัญชีจะลบข้อมูลส่วนบุคคลและชื่อผู้เขียน แต่ยังคงนับจำนวนความคิดเห็นและคะแนนแบบไม่ระบุตัวตน คุณถอนความยินยอมได้ด้วยการลบบัญชี</p>
<h2>การเก็บรักษาและความปลอดภัย</h2>
<p>เราเก็บข้อมูลเท่าที่จำเป็นตลอดอายุบัญชี หากเกิดการละเมิดข้อมูล เราจะแจ้งสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลภายใน 72 ชั่วโมง</p>
"""
BODY_EN = """
<h2>Data controller</h2>
<p>The local authority running each consultation, together with the Department of Local Administration, which runs the platform.</p>
<h2>What we keep and why</h2>
<ul>
<li>Your account: display name, e-mail, and what an identity provider (LINE, ThaID) returns, so that you can sign in.</li>
<li>Your standing: local resident (with your village) or verified outsider, so that each eligible person votes once.</li>
<li>National ID number: never kept as such, only as a keyed hash, to prevent several accounts per person.</li>
<li>Your comments, ideas, supports and votes.</li>
</ul>
<h2>Legal basis</h2>
<p>Consultation is a public task of the local authority (Personal Data Protection Act B.E. 2562, s.24(4)); opinions on public matters are sensitive data, for which we ask your explicit consent (s.26). People under 20 need a parent's or guardian's consent.</p>
<h2>Your rights</h2>
<p>You can see, download, correct and erase your data (ss.30–36) on the “My data” page. Erasure removes your personal data and authorship but keeps anonymous counts of comments and votes. You withdraw consent by erasing your account.</p>
<h2>Retention and security</h2>
<p>We keep data only as long as your account exists. A personal data breach is reported to the PDPC office within 72 hours.</p>
"""
