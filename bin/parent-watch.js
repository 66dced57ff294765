// Stopping when the parent process goes away: the parent's pid changes (Linux, macOS: an orphan is
// adopted by init or a subreaper) or it no longer exists (Windows keeps the old number). The server
// is then sent SIGTERM, so it shuts down as it does for a service manager: requests in flight finish.
// Plain JavaScript, like everything bin/start.js loads before the version check has run.
import { clearInterval, setInterval } from 'node:timers';

function exists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error.code === 'EPERM';
  }
}

export function stopWithParent(intervalMs = 250) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent && exists(parent)) return;
    clearInterval(timer);
    process.kill(process.pid, 'SIGTERM');
  }, intervalMs);
  // The watch alone never keeps the process running.
  timer.unref();
}
