//! What the load generator reads of a process from `/proc`: its memory, its CPU time and how
//! long its threads waited for a core.

/// A process's resident memory in bytes, from `/proc`.
pub fn rss(pid: u32) -> Option<u64> {
    status_bytes(pid, "VmRSS:")
}

/// A process's peak resident memory in bytes, since it started or since
/// [`reset_peak_rss`], from `/proc`.
pub fn peak_rss(pid: u32) -> Option<u64> {
    status_bytes(pid, "VmHWM:")
}

/// Makes a process's peak resident memory start again from its current one (Linux 4.0 and
/// later); without the permission, the peak stays the one since it started.
pub fn reset_peak_rss(pid: u32) {
    let _ = std::fs::write(format!("/proc/{pid}/clear_refs"), "5");
}

/// A size in kB from a process's `/proc/PID/status` line starting with `field`, in bytes.
fn status_bytes(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// A process's CPU time in seconds, user and system over all its threads, from
/// `/proc/PID/stat`: what the server spent, whatever share of the cores the load generator took.
pub fn cpu_secs(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name (in parentheses, and it may hold spaces): the third
    // field of the line first, so utime (the 14th) and stime (the 15th) are the 12th and 13th.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / clock_ticks())
}

/// How long a process's live threads have waited, ready to run, for a core, in seconds: the
/// second field of each `/proc/PID/task/TID/schedstat`.
pub fn runqueue_secs(pid: u32) -> Option<f64> {
    threads_schedstat(pid, None).map(|(waited, _)| waited)
}

/// How long `pid`'s threads named `name` waited, ready to run, for a core (seconds), and how
/// many times they were given one: the second and third fields of their schedstat.
pub fn thread_schedstat(pid: u32, name: &str) -> Option<(f64, u64)> {
    threads_schedstat(pid, Some(name))
}

fn threads_schedstat(pid: u32, name: Option<&str>) -> Option<(f64, u64)> {
    let (mut nanos, mut slices) = (0u64, 0u64);
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let Ok(task) = task else { continue };
        if let Some(name) = name {
            let comm = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
            if comm.trim_end() != name {
                continue;
            }
        }
        // A thread that ended meanwhile is left out.
        let Ok(stat) = std::fs::read_to_string(task.path().join("schedstat")) else {
            continue;
        };
        let fields: Vec<u64> = stat
            .split_whitespace()
            .map(|n| n.parse().unwrap_or(0))
            .collect();
        nanos += fields.get(1).copied().unwrap_or(0);
        slices += fields.get(2).copied().unwrap_or(0);
    }
    Some((nanos as f64 / 1e9, slices))
}

/// The CPU time the whole machine spent busy, over all its cores, in seconds, from the first
/// line of `/proc/stat` (user, nice, system, irq, softirq and steal; not idle nor I/O wait):
/// with the server's and the load generator's own times, what is left is the rest of the
/// machine's work, a database server above all.
pub fn machine_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().next()?.strip_prefix("cpu ")?;
    let ticks: Vec<u64> = line
        .split_whitespace()
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let busy: u64 = [0, 1, 2, 5, 6, 7]
        .iter()
        .map(|i| ticks.get(*i).copied().unwrap_or(0))
        .sum();
    Some(busy as f64 / clock_ticks())
}

/// Clock ticks per second, the unit of `/proc/PID/stat`'s times.
fn clock_ticks() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or(100.0)
}
