// End-to-end test of the notebooks as a learner sees them: the classic Jupyter Notebook UI in
// headless Chromium, the kit's Java kernel, Cell → Run All, then checks on what the page shows.
//
// Started by e2e/run.sh, which provides the server and these environment variables:
//   E2E_BASE_URL      http://127.0.0.1:PORT of a running notebook server
//   E2E_TOKEN         its token
//   E2E_KERNEL_DIR    the kernelspec directory freshly installed from the built jar
//   E2E_NOTEBOOK_DIR  the server's notebook directory (a temporary copy of notebooks/)
//   E2E_OUT           where screenshots and summary.txt go (build/e2e)
//   E2E_REPO          the repository (for docs/screenshot.png with E2E_UPDATE_DOCS_SCREENSHOT=1)
// Arguments: optional notebook prefixes ("01", "05-mnist") to run only some notebooks.
// Prints one line per check and a last line "N passed, N failed"; exits 1 if anything failed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const env = (name) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set; start the test with: bash e2e/run.sh`);
    return value;
};
const base = env('E2E_BASE_URL');
const token = env('E2E_TOKEN');
const kernelDir = env('E2E_KERNEL_DIR');
const notebookDir = env('E2E_NOTEBOOK_DIR');
const out = env('E2E_OUT');
const repo = process.env.E2E_REPO || path.resolve(out, '..', '..');
const shots = path.join(out, 'screenshots');
fs.mkdirSync(shots, { recursive: true });

const LOAD_TIMEOUT = 90_000;        // page loaded and the Java kernel connected and idle
const RUN_ALL_TIMEOUT = 240_000;    // one notebook's Run All
const CELL_TIMEOUT = 60_000;        // one cell run by hand
const KERNEL_NAME = 'java';
const KERNEL_DISPLAY_NAME = 'Java (Nonlinear)';

const filters = process.argv.slice(2);
const notebooks = fs.readdirSync(notebookDir)
    .filter((f) => /^\d\d[a-z]?-.*\.ipynb$/.test(f))
    .filter((f) => filters.length === 0 || filters.some((p) => f.startsWith(p)))
    .sort();

// ---- reporting --------------------------------------------------------------------------------
const results = [];
function record(name, ok, detail = '') {
    results.push({ name, ok, detail });
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}`);
    if (!ok && detail) console.log(detail.replace(/^/gm, '        '));
}
function finish() {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    if (failed > 0) {
        console.log('\nFailures:');
        for (const r of results.filter((x) => !x.ok)) {
            console.log(`  ✗ ${r.name}`);
            if (r.detail) console.log(r.detail.replace(/^/gm, '      '));
        }
    }
    const line = `${passed} passed, ${failed} failed`;
    fs.writeFileSync(path.join(out, 'summary.txt'), line + '\n');
    console.log(line);
    process.exitCode = failed > 0 ? 1 : 0;
}
const firstLine = (s) => (s.split('\n').find((l) => l.trim()) || '').trim().slice(0, 100);
const indent = (s, n = 2) => s.trimEnd().split('\n').slice(0, 25).map((l) => ' '.repeat(n) + l).join('\n');
const describe = (c) => `cell ${c.index + 1} (In [${c.prompt ?? ' '}]: ${firstLine(c.source)})`;

// ---- server helpers ---------------------------------------------------------------------------
async function api(method, url) {
    const response = await fetch(base + url, { method, headers: { Authorization: `token ${token}` } });
    if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status}`);
    return response.status === 204 ? null : response.json();
}
async function shutDownKernels() {
    try {
        for (const s of await api('GET', '/api/sessions')) await api('DELETE', `/api/sessions/${s.id}`);
    } catch (e) {
        console.log(`      (could not shut the kernels down: ${e.message})`);
    }
}

// ---- page helpers (the classic notebook's own JS API: window.Jupyter) ---------------------------
async function waitForKernelIdle(page, timeout) {
    await page.waitForFunction(() => {
        const nb = window.Jupyter && window.Jupyter.notebook;
        return nb && nb._fully_loaded && nb.kernel && nb.kernel.is_connected()
            && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
    }, null, { timeout, polling: 250 });
}

/** Waits until the kernel is idle and no cell is queued or running; returns 'done', 'error' or 'dead'. */
async function waitForRunAll(page, timeout) {
    const handle = await page.waitForFunction(() => {
        if (document.querySelector('#kernel_indicator_icon.kernel_dead_icon')) return 'dead';
        const idle = document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
        const code = Jupyter.notebook.get_cells().filter((c) => c.cell_type === 'code' && c.get_text().trim());
        if (!idle || code.some((c) => c.input_prompt_number === '*')) return false;
        if (code.every((c) => typeof c.input_prompt_number === 'number')) return 'done';
        // Run All stops at the first error: the cells after it stay unexecuted.
        return document.querySelector('.output_error') ? 'error' : false;
    }, null, { timeout, polling: 500 });
    return handle.jsonValue();
}

async function cellsOf(page) {
    return page.evaluate(() => Jupyter.notebook.get_cells().map((c, index) => {
        const el = c.element[0];
        const texts = (sel) => [...el.querySelectorAll(sel)].map((e) => e.innerText);
        return {
            index,
            type: c.cell_type,
            source: c.get_text(),
            prompt: c.cell_type === 'code' ? c.input_prompt_number : null,
            errors: texts('.output_error'),
            stderr: texts('.output_stderr'),
            html: texts('.output_html'),
        };
    }));
}

/** Makes the page as long as its content so a full-page screenshot shows every cell. */
async function unrollForScreenshot(page) {
    await page.addStyleTag({ content: `
        html, body { height: auto !important; overflow: visible !important; position: static !important; }
        #site { height: auto !important; overflow: visible !important; display: block !important; }
        #header { position: static !important; }` });
    await page.waitForTimeout(300);
}

// ---- one notebook -----------------------------------------------------------------------------
async function testNotebook(browser, file) {
    const name = file.replace(/\.ipynb$/, '');
    const screenshot = path.join(shots, `${name}.png`);
    const rel = path.relative(process.cwd(), screenshot);
    const source = fs.readFileSync(path.join(notebookDir, file), 'utf8');
    const hasQuiz = source.includes('Quizzes.get(');
    const check = (what, ok, detail = '') =>
        record(`${name} › ${what}`, ok, ok ? '' : `${detail}${detail ? '\n' : ''}screenshot: ${rel}`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    const started = Date.now();
    try {
        // Open the notebook; its metadata names the kernelspec "java", so the server starts our kernel.
        await page.goto(`${base}/notebooks/${encodeURIComponent(file)}?token=${token}`, { timeout: LOAD_TIMEOUT });
        try {
            await waitForKernelIdle(page, LOAD_TIMEOUT);
        } catch {
            const state = await page.locator('#kernel_indicator').innerText().catch(() => '?');
            await page.screenshot({ path: screenshot }).catch(() => {});
            check(`kernel "${KERNEL_DISPLAY_NAME}" starts`, false,
                `the Java kernel was not connected and idle after ${LOAD_TIMEOUT / 1000} s (kernel indicator: "${state.trim()}")`
                + (pageErrors.length ? `\npage errors:\n${indent(pageErrors.join('\n'))}` : ''));
            return;
        }
        const kernel = await page.evaluate(() => ({
            name: Jupyter.notebook.kernel.name,
            shown: document.querySelector('#kernel_indicator .kernel_indicator_name')?.innerText ?? '',
        }));
        check(`kernel "${KERNEL_DISPLAY_NAME}" connected`,
            kernel.name === KERNEL_NAME && kernel.shown.trim() === KERNEL_DISPLAY_NAME,
            `kernel name "${kernel.name}", shown as "${kernel.shown}"; expected "${KERNEL_NAME}" / "${KERNEL_DISPLAY_NAME}"`);

        // Cell → Run All, through the menu as a learner does it.
        await page.locator('#menus a.dropdown-toggle', { hasText: /^Cell$/ }).click();
        await page.locator('#run_all_cells a').click();
        let outcome;
        try {
            outcome = await waitForRunAll(page, RUN_ALL_TIMEOUT);
        } catch {
            outcome = 'timeout';
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`      ${name}: Run All ${outcome} after ${seconds} s (page load + kernel start included)`);

        const cells = await cellsOf(page);
        const code = cells.filter((c) => c.type === 'code' && c.source.trim());
        const notRun = code.filter((c) => typeof c.prompt !== 'number');
        check('Run All executed every code cell', outcome === 'done' && notRun.length === 0,
            (outcome === 'timeout' ? `Run All did not finish within ${RUN_ALL_TIMEOUT / 1000} s\n`
                : outcome === 'dead' ? 'the kernel died\n' : '')
            + (notRun.length ? `${notRun.length} of ${code.length} code cells not executed, first: ${describe(notRun[0])}` : ''));

        const bad = cells.filter((c) => c.errors.length || c.stderr.length);
        check('no cell shows an error or stderr output', bad.length === 0,
            bad.map((c) => `${describe(c)}:\n${indent([...c.errors, ...c.stderr].join('\n'), 4)}`).join('\n'));

        // An inline plot: a PNG picture in an output area, on screen and decoded.
        const plots = page.locator('.output_area img[src^="data:image/png"]');
        const plotCount = await plots.count();
        const plotOk = plotCount > 0 && await plots.first().isVisible()
            && await plots.first().evaluate((img) => img.complete && img.naturalWidth > 0 && img.naturalHeight > 0);
        check(`inline plot visible (${plotCount} PNG images)`, plotOk,
            plotCount ? 'the first PNG output is not visible or did not decode' : 'no <img src="data:image/png…"> in any output area');

        // An HTML table (epoch history, summary …) rendered in an output area.
        const tables = page.locator('.output_area .output_html table');
        const tableCount = await tables.count();
        const tableOk = tableCount > 0 && await tables.first().isVisible()
            && (await tables.first().locator('td').count()) > 0;
        check(`HTML table visible (${tableCount} tables)`, tableOk,
            tableCount ? 'the first table is not visible or has no data cells' : 'no <table> in any HTML output area');

        if (hasQuiz) await checkQuiz(page, cells, check);
        if (name.startsWith('08-')) await checkPlayground(page, cells, check, name);

        if (name.startsWith('01-')) await docsScreenshot(page, cells);
        await unrollForScreenshot(page);
        await page.screenshot({ path: screenshot, fullPage: true });
        console.log(`      screenshot: ${rel}`);
        if (pageErrors.length) console.log(`      (JavaScript errors on the page: ${pageErrors.join(' | ').slice(0, 300)})`);
    } catch (e) {
        await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
        check('notebook test ran to the end', false, `${e.message.split('\n').slice(0, 6).join('\n')}`);
    } finally {
        await context.close();
        await shutDownKernels();
    }
}

// ---- quiz cards -------------------------------------------------------------------------------
// The blanks an answer cell is committed with (see Question's class comment in the library).
function isBlank(source) {
    return /^\s*q\d+\.(answer\("\?"\)|answer\(Double\.NaN\)|answer\(x -> Double\.NaN(, x -> Double\.NaN)?\)|answerVector\(x -> null\))/.test(source);
}

async function checkQuiz(page, cells, check) {
    // Question cards: the output of `var qN = Quizzes.get("NN-qN");\nqN`.
    const questionCells = cells.filter((c) => /Quizzes\.get\("([^"]+)"\)/.test(c.source));
    const noCard = questionCells.filter((c) => {
        const id = c.source.match(/Quizzes\.get\("([^"]+)"\)/)[1];
        return !c.html.some((h) => h.includes(id));
    });
    check(`quiz question cards shown (${questionCells.length})`, questionCells.length > 0 && noCard.length === 0,
        noCard.map((c) => `${describe(c)} shows no HTML card naming its question`).join('\n'));

    // Answer cells show a feedback card; their blanks ("?", NaN, x -> Double.NaN, x -> null) the grey
    // "Waiting for your answer" one, never a red or amber card.
    const answerCells = cells.filter((c) => /^\s*q\d+\.answer(Vector)?\(/.test(c.source));
    const noFeedback = answerCells.filter((c) => !c.html.some((h) => /Waiting for your answer|Can.t check that answer|✓ Correct|✗ Not quite/.test(h)));
    const blanks = answerCells.filter((c) => isBlank(c.source));
    const notWaiting = blanks.filter((c) => !c.html.some((h) => /Waiting for your answer/.test(h)));
    check(`quiz blanks wait for an answer (${blanks.length} of ${answerCells.length} answer cells hold a blank)`,
        notWaiting.length === 0,
        notWaiting.map((c) => `${describe(c)} holds a blank but shows: ${firstLine(c.html.join(' ')) || '(none)'}`).join('\n'));
    check(`quiz feedback cards shown (${answerCells.length} answer cells)`, answerCells.length > 0 && noFeedback.length === 0,
        noFeedback.map((c) => `${describe(c)} shows no feedback card; its output: ${firstLine(c.html.join(' ')) || '(none)'}`).join('\n'));

    // A learner types a letter into the first multiple-choice answer cell and runs it.
    const target = cells.find((c) => /^\s*q\d+\.answer\("\?"\)/.test(c.source));
    if (!target) return;
    const variable = target.source.match(/^\s*(q\d+)/)[1];
    const typed = `${variable}.answer("A")`;
    const cell = page.locator('#notebook-container .cell').nth(target.index);
    await cell.scrollIntoViewIfNeeded();
    await cell.locator('.CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    let text = await page.evaluate((i) => Jupyter.notebook.get_cell(i).get_text(), target.index);
    let via = 'typed';
    if (text !== typed) {  // an editor setting (e.g. auto-closing brackets) changed the keystrokes
        await page.evaluate(([i, t]) => Jupyter.notebook.get_cell(i).set_text(t), [target.index, typed]);
        text = typed;
        via = 'set through Jupyter.notebook (typing gave a different text)';
    }
    const before = await page.evaluate((i) => Jupyter.notebook.get_cell(i).input_prompt_number, target.index);
    await page.keyboard.press('Shift+Enter');
    let feedback = '';
    try {
        await page.waitForFunction(([i, n]) => {
            const c = Jupyter.notebook.get_cell(i);
            return typeof c.input_prompt_number === 'number' && c.input_prompt_number !== n
                && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
        }, [target.index, before], { timeout: CELL_TIMEOUT, polling: 250 });
        const output = cell.locator('.output_area .output_html');
        feedback = (await output.count()) ? await output.first().innerText() : await cell.locator('.output').innerText();
        const verdict = feedback.match(/✓ Correct|✗ Not quite/);
        const visible = verdict ? await cell.getByText(verdict[0]).first().isVisible() : false;
        check(`answer ${typed} (${via}) shows a "Correct"/"Not quite" card`, Boolean(verdict) && visible,
            `cell ${target.index + 1} shows: ${firstLine(feedback) || '(no output)'}`);
        if (verdict) console.log(`      ${typed} → ${firstLine(feedback)}`);
    } catch (e) {
        check(`answer ${typed} (${via}) shows a "Correct"/"Not quite" card`, false,
            `cell ${target.index + 1} did not finish within ${CELL_TIMEOUT / 1000} s: ${e.message.split('\n')[0]}`);
    }
}

// ---- the Playground's widgets ---------------------------------------------------------------------
// Drives the live panel of 08-playground as a learner does: step, play and pause, a slider, the
// activation and data set menus, "+ layer"; after each, the picture and the epoch counter must follow.
async function checkPlayground(page, cells, check, name) {
    const panelCell = cells.find((c) => c.source.includes('PlaygroundPanel.show('));
    if (!panelCell) {
        check('playground panel cell found', false, 'no cell calls PlaygroundPanel.show(');
        return;
    }
    const area = page.locator('#notebook-container .cell').nth(panelCell.index).locator('.widget-area');
    await area.scrollIntoViewIfNeeded();
    const epochLabel = area.locator('.widget-label', { hasText: /^epoch [\d,]+/ });
    const epoch = async () => Number((await epochLabel.first().innerText()).match(/^epoch ([\d,]+)/)[1].replace(/,/g, ''));
    const picture = async () => area.locator('img').first().getAttribute('src');
    const labelled = (kind, label) => area.locator(kind, { has: page.locator(':scope > .widget-label', { hasText: new RegExp(`^${label}$`) }) });
    const until = async (what, condition, timeout = 30_000) => {
        const end = Date.now() + timeout;
        while (Date.now() < end) {
            if (await condition().catch(() => false)) return true;
            await page.waitForTimeout(200);
        }
        return false;
    };
    const shot = async (suffix, unroll = false) => {
        const file = path.join(shots, `${name}-${suffix}.png`);
        if (unroll) {  // the whole panel, without the notebook's fixed header across it
            await unrollForScreenshot(page);
            const box = await area.boundingBox();
            await page.screenshot({ path: file, fullPage: true, clip: box }).catch(() => {});
        } else {
            await area.screenshot({ path: file }).catch(() => {});
        }
        return path.relative(process.cwd(), file);
    };

    const visible = await until('panel', async () => (await epochLabel.count()) > 0 && (await area.locator('img').count()) > 0);
    check('playground panel shows live widgets (epoch counter, picture)', visible,
        `no live widgets in ${describe(panelCell)}; it shows: ${firstLine(panelCell.html.join(' ') || panelCell.text || '')}`);
    if (!visible) return;
    let src = await picture();

    await area.locator('button', { hasText: /^\s*step\s*$/ }).click();
    const stepped = await until('step', async () => (await epoch()) === 1 && (await picture()) !== src);
    check('"step" trains one epoch and repaints', stepped, `epoch is ${await epoch()}; screenshot: ${await shot('step')}`);

    const play = area.locator('.widget-play button');
    const started = Date.now();
    const before = await epoch();
    await play.nth(0).click();
    const advanced = await until('play', async () => (await epoch()) >= before + 10);
    await play.nth(1).click();   // pause
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(1000);
    const paused = await epoch();
    await page.waitForTimeout(2000);
    const still = await epoch();
    check(`play advances the epoch counter (${paused - before} epochs in ${seconds.toFixed(1)} s)`, advanced,
        `epoch went from ${before} to ${paused}; screenshot: ${await shot('play')}`);
    check('pause stops it', paused === still, `epoch went on from ${paused} to ${still} after pausing`);

    src = await picture();
    const noise = labelled('.widget-slider', 'noise %');
    await noise.locator('.ui-slider-handle').focus();
    await page.keyboard.press('ArrowRight');
    const moved = await until('slider', async () => (await epoch()) === 0 && (await picture()) !== src
        && (await noise.locator('.widget-readout').innerText()).trim() === '5');
    check('moving the noise slider draws new data (epoch 0, new picture)', moved,
        `readout ${await noise.locator('.widget-readout').innerText().catch(() => '?')}, epoch ${await epoch()}; screenshot: ${await shot('slider')}`);

    src = await picture();
    await labelled('.widget-inline-hbox', 'activation').locator('select').selectOption('relu');
    const switched = await until('activation', async () => (await picture()) !== src
        && (await area.locator('select').evaluateAll((s) => s.filter((x) => x.value === 'relu').length)) >= 3);
    check('choosing relu repaints and every layer\'s menu shows relu', switched, `screenshot: ${await shot('activation')}`);

    src = await picture();
    await labelled('.widget-inline-hbox', 'data').locator('select').selectOption('xor');
    const xor = await until('data', async () => (await picture()) !== src);
    check('choosing the xor data set repaints', xor, `screenshot: ${await shot('data')}`);

    await area.locator('button', { hasText: /^\s*\+ layer\s*$/ }).click();
    const added = await until('layer', async () => (await area.locator('.widget-label', { hasText: /^3 hidden layers$/ }).count()) === 1
        && (await area.locator('.widget-label', { hasText: /^layer 3: 2 neurons$/ }).count()) === 1);
    check('"+ layer" adds a third hidden layer', added, `screenshot: ${await shot('layer')}`);
    // Back to the circle with a larger learning rate; play a few seconds: the test loss must fall.
    await labelled('.widget-inline-hbox', 'data').locator('select').selectOption('circle');
    await labelled('.widget-inline-hbox', 'learning rate').locator('select').selectOption('0.1');
    await until('reset', async () => (await epoch()) === 0);
    const lossOf = async () => Number((await epochLabel.first().innerText()).match(/test loss ([\d.]+)/)[1]);
    const untrained = await lossOf();
    await play.nth(0).click();
    await page.waitForTimeout(6000);
    await play.nth(1).click();
    await page.waitForTimeout(1000);
    const trained = await lossOf();
    check(`playing on the circle lowers the test loss (${untrained} → ${trained} in ${await epoch()} epochs)`,
        trained < untrained / 2, `screenshot: ${await shot('circle')}`);
    console.log(`      panel screenshot: ${await shot('panel', true)}`);
    if (process.env.E2E_UPDATE_DOCS_SCREENSHOT) {
        fs.copyFileSync(path.join(shots, `${name}-panel.png`), path.join(repo, 'docs', 'playground.png'));
    }
}

// ---- the README picture -------------------------------------------------------------------------
async function docsScreenshot(page, cells) {
    // 01-why-nonlinearity at "What each network learned": decision boundaries and the results table.
    const heading = cells.find((c) => c.type === 'markdown' && /What each network learned/.test(c.source));
    if (!heading) return;
    await page.evaluate((i) => {
        const site = document.querySelector('#site');
        const el = Jupyter.notebook.get_cell(i).element[0];
        site.scrollTop += el.getBoundingClientRect().top - site.getBoundingClientRect().top - 12;
    }, heading.index);
    await page.waitForTimeout(300);
    const file = path.join(shots, 'readme-01-decision-boundaries.png');
    await page.screenshot({ path: file });
    console.log(`      README picture: ${path.relative(process.cwd(), file)}`);
    if (process.env.E2E_UPDATE_DOCS_SCREENSHOT === '1') {
        fs.mkdirSync(path.join(repo, 'docs'), { recursive: true });
        fs.copyFileSync(file, path.join(repo, 'docs', 'screenshot.png'));
        console.log('      copied to docs/screenshot.png');
    }
}

// ---- main -------------------------------------------------------------------------------------
async function main() {
    if (notebooks.length === 0) {
        record(`notebooks matching ${filters.join(' ') || '*'}`, false, `no NN-*.ipynb in ${notebookDir}`);
        return;
    }
    // The server must offer the kernelspec just installed from the built jar, not another "java".
    try {
        const specs = await api('GET', '/api/kernelspecs');
        const java = specs.kernelspecs[KERNEL_NAME];
        const argv = java ? java.spec.argv.join(' ') : '';
        // The installer names the jar as {resource_dir}/nonlinear-kernel.jar (Jupyter fills in the
        // kernelspec's folder); run.sh puts that folder first on JUPYTER_PATH, so a spec of that form
        // with the jar beside it is the one just installed.
        const fromKernelDir = argv.includes(kernelDir) || (argv.includes('{resource_dir}/nonlinear-kernel.jar')
            && fs.existsSync(path.join(kernelDir, 'nonlinear-kernel.jar')));
        record(`server offers kernelspec "${KERNEL_NAME}" from ${kernelDir}`,
            Boolean(java) && fromKernelDir && java.spec.display_name === KERNEL_DISPLAY_NAME,
            java ? `its argv: ${argv}\ndisplay name: ${java.spec.display_name}`
                : `kernelspecs offered: ${Object.keys(specs.kernelspecs).join(', ')}`);
    } catch (e) {
        record('server answers /api/kernelspecs', false, e.message);
        return;
    }

    const browser = await chromium.launch({
        executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
    });
    try {
        for (const file of notebooks) await testNotebook(browser, file);
    } finally {
        await browser.close();
    }
}

const t0 = Date.now();
main()
    .catch((e) => record('e2e test ran', false, e.stack || String(e)))
    .finally(() => {
        console.log(`(e2e: ${notebooks.length} notebooks in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        finish();
    });
