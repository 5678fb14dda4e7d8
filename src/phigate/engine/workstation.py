"""Logins a workstation's own output spells: a home directory in a path, a shell prompt, a database
client's user flag, psql's "as user". An analyst's or an agent's tool results (tracebacks, terminal
sessions, notebook logs) carry them where no label says "user"; each is a person's account, unless it
is a machine's (root, ubuntu, postgres, a CI runner, a container's default user).
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.patterns import PatternSpec

# accounts that name a machine, an image or a service, never a person
_MACHINE_ACCOUNTS = frozenset([
    "root", "ubuntu", "debian", "admin", "administrator", "user", "users", "guest", "runner", "jovyan",
    "node", "vscode", "codespace", "codespaces", "app", "appuser", "www-data", "nobody", "postgres", "mysql",
    "oracle", "jenkins", "gitlab-runner", "circleci", "travis", "ec2-user", "centos", "fedora", "pi",
    "vagrant", "docker", "build", "builder", "ci", "deploy", "deployer", "airflow", "spark", "hadoop",
    "hdfs", "yarn", "dbt", "service", "svc", "default", "public", "shared", "local", "home", "opt", "etc",
    "sa", "analytics", "etl", "sysadmin", "system", "daemon", "jupyter",
    "conda", "mamba", "python", "rstudio", "rstudio-server", "azureuser", "cloud-user", "opc", "bitnami",
])
_LOGIN = r"[A-Za-z][A-Za-z0-9._\-]{1,31}[A-Za-z0-9]"


def _v_login(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    v = m.group("v")
    if v.lower() in _MACHINE_ACCOUNTS or v.lower().startswith(("svc", "sa-", "sa_", "app-", "app_")):
        return None
    return m.start("v"), m.end("v"), T.ID


def _word(v: str) -> bool:
    """An English word, not a login ("treated as user error")."""
    from phigate.engine import lexicon

    return v.isalpha() and v.lower() in lexicon.common_words()


SPECS = [
    PatternSpec(  # a home directory: "/home/<login>/.venv", "/Users/<login>/repo", "C:\Users\<login>\"
        "home-directory",
        T.ID,
        rf"(?:(?<![\w.])/home/|(?<![\w.])/Users/|\b[A-Za-z]:\\Users\\)(?P<v>{_LOGIN})(?=[/\\]|[\"'\s:]|$)",
        validator=_v_login,
        hs=r"/home/[A-Za-z]|/Users/[A-Za-z]|[A-Za-z]:\\Users\\[A-Za-z]",
    ),
    PatternSpec(  # a shell prompt: "<login>@<host>:~/registry$", "(etl) <login>@<host>:/srv#"
        "shell-prompt",
        T.ID,
        rf"(?m)^(?:\([\w.\-]{{1,30}}\)[ \t])?(?P<v>{_LOGIN})@[A-Za-z0-9][A-Za-z0-9.\-]{{0,62}}:[~/]"
        r"[^\n$#]{0,200}[$#]",
        validator=_v_login,
        # the prefilter fires at the login's last character: the match is searched for around it
        hs=r"[A-Za-z0-9]@[A-Za-z0-9][A-Za-z0-9.\-]{0,62}:[~/]",
        window=72,
    ),
    PatternSpec(  # a database client's user flag: "psql -h <host> -U <login> <db>", "mysql -u <login> -p"
        "client-user-flag",
        T.ID,
        rf"\b(?:psql|pg_dump|pg_restore|pg_dumpall|mysql|mysqldump|mariadb|sqlcmd|mongosh|mongo|clickhouse-client"
        rf"|vsql|isql|redis-cli)\b[^\n|;&]{{0,200}}?(?:[ \t]-[Uu][ \t]?|[ \t]--(?:username|user)[= ])"
        rf"[\"']?(?P<v>{_LOGIN})",
        validator=_v_login,
        hs=r"\b(?:psql|pg_dump|pg_restore|pg_dumpall|mysql|mysqldump|mariadb|sqlcmd|mongosh|mongo"
        r"|clickhouse-client|vsql|isql|redis-cli)\b",
    ),
    PatternSpec(  # psql's \conninfo: 'You are connected to database "x" as user "<login>"'
        "as-user",
        T.ID,
        rf"\bas[ \t]user[ \t]+[\"']?(?P<v>{_LOGIN})[\"']?",
        validator=lambda text, m: None if _word(m.group("v")) else _v_login(text, m),
    ),
    PatternSpec(  # "ls -l": "-rw-r--r-- 1 <owner> <group> 412M ...": the file's owner is an account
        "file-owner",
        T.ID,
        rf"(?m)^[\-dlcbps][rwxsStT\-]{{9}}[.+@]?[ \t]+[0-9]+[ \t]+(?P<v>{_LOGIN})"
        r"[ \t]+[A-Za-z_][\w.\-]*[ \t]+[0-9]",
        validator=_v_login,
        hs=r"[\-dlcbps][rwxsStT\-]{9}[.+@]?[ \t]+[0-9]+[ \t]+[A-Za-z]",
    ),
    PatternSpec(  # who owns a job or a DAG: "owner <login>", "DAG_OWNER='<login>'", "owner: <login>"
        "owner-login",
        T.ID,
        r"(?:\b[Oo]wner[ \t:=]+|_OWNER=)[\"']?(?P<v>[a-z][a-z0-9_]*[._][a-z0-9_.]*[a-z0-9]|[a-z]{2,}[0-9]+)"
        r"(?![\w.@\-])",
        validator=_v_login,
        hs=r"\b[Oo]wner[ \t:=]+[\"']?[a-z]|_OWNER=[\"']?[a-z]",
    ),
]
