# کسی خانے میں لکھی گئی چیز میں کیا غلط ہے، خانے کے ساتھ دکھایا جاتا ہے (دونوں ایپس)۔
# $max ایک تعداد ہے؛ $cap، $total اور $requested رقمیں ہیں، پہلے سے کرنسی کی شکل میں۔

problem-empty = براہِ کرم یہ خانہ پُر کریں۔
problem-empty-title = اپنی درخواست کا ایک مختصر عنوان دیں۔
problem-empty-description = بتائیں کہ آپ کو ہب سے کیا چاہیے۔
problem-empty-line-description = بتائیں کہ یہ بجٹ لائن کس چیز کے لیے ہے۔
problem-empty-budget-category = بجٹ کی قسم منتخب کریں۔
problem-empty-topic = موضوع منتخب کریں۔
problem-empty-kind = درخواست کی قسم منتخب کریں۔
problem-empty-country = ملک منتخب کریں۔
problem-empty-city = اپنے شہر کا نام لکھیں۔
problem-empty-message = پہلے پیغام لکھیں۔
problem-too-long = اسے { $max } حروف یا اس سے کم رکھیں۔
problem-too-many-messages = یہ گفتگو { $max } پیغامات کی حد تک پہنچ گئی ہے۔
problem-too-many-lines = ایک بجٹ میں زیادہ سے زیادہ { $max } لائنیں ہو سکتی ہیں۔
problem-too-many-seats = ایک تقریب میں زیادہ سے زیادہ { $max } نشستیں ہو سکتی ہیں۔
problem-ends-before-start = یہ آغاز سے پہلے نہیں ہو سکتا۔
problem-link-not-https = ایسا پتا لکھیں جو https:// سے شروع ہو۔
problem-too-large = یہ ریکارڈ ہب کے لیے بہت بڑا ہو گیا ہے۔ نئی درخواست شروع کریں۔
problem-unknown-value = فہرست میں سے کوئی ایک انتخاب کریں۔
problem-no-amount = وہ رقم لکھیں جو آپ مانگ رہے ہیں۔
problem-no-quantity = تعداد لکھیں، کم از کم 1۔
problem-not-positive = یہ صفر سے زیادہ ہونا چاہیے۔
problem-negative = یہ منفی نہیں ہو سکتا۔
problem-over-cap = اس راؤنڈ میں ہر درخواست کو زیادہ سے زیادہ { $cap } ملتے ہیں۔ کم رقم مانگیں۔
problem-budget-mismatch = بجٹ لائنوں کا کل { $total } بنتا ہے، لیکن آپ { $requested } مانگ رہے ہیں۔ دونوں کو برابر کریں۔
problem-overflow = یہ عدد بہت بڑا ہے۔
problem-control-character = اس تحریر سے نظر نہ آنے والے کنٹرول حروف ہٹا دیں۔
problem-not-allowed = اس کی اجازت نہیں: { $reason }
problem-invalid = یہ درست نہیں: { $reason }
problem-not-a-whole-number = پورا عدد لکھیں، جیسے { 3 }۔
problem-not-an-amount = رقم لکھیں، جیسے { NUMBER(1250.5, minimumFractionDigits: 2) }۔
